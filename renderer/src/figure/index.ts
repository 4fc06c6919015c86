/** The stick figure, for the routine player and the exercise preview in Preferences. */
export { ExerciseFigure, usePrefersReducedMotion, type ExerciseFigureProps } from './ExerciseFigure';
export { blendPoses, poseShapes, type Shape } from './geometry';
export { motionFor, poseAt, posesForSide, type Motion } from './motion';
