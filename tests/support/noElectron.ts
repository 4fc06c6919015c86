// Stands in for the 'electron' module under vitest (see vitest.config.ts). Loading it is a
// bug in the test: the code under test must receive the typed fake from electronFake.ts.
throw new Error(
  "A test imported 'electron' at run time. Pass the typed fake from tests/support/electronFake.ts instead.",
);
