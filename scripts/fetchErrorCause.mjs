// Preloaded (`node --import`) into the electron package's install.js by scripts/start.mjs, so
// that a failed download says why. install.js prints only the error's stack, and Node's fetch
// throws a bare "TypeError: fetch failed" with the reason — ECONNREFUSED, ENOTFOUND, a
// certificate error from a TLS-inspecting proxy — in error.cause. This rethrows with the reason
// and the URL in the message; everything else about the download is untouched.
const fetchWithoutCause = globalThis.fetch;

globalThis.fetch = async function fetchWithCause(input, init) {
  try {
    return await fetchWithoutCause(input, init);
  } catch (error) {
    const cause = error?.cause;
    if (!(cause instanceof Error)) throw error;
    const url = typeof input === 'string' ? input : (input?.url ?? String(input));
    const code = cause.code && !cause.message.includes(cause.code) ? ` (${cause.code})` : '';
    throw new Error(`${error.message} for ${url}: ${cause.message}${code}`, { cause: error });
  }
};
