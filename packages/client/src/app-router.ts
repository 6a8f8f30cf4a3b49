// In the workspace these are the router's own types. The build (build.ts) writes this module's
// declaration anew from the router's, with its server context erased, so that the published
// package carries every procedure's input and output but nothing of the server's internals.
export type { AppRouter, RouterInputs, RouterOutputs } from '@dyocense/api';
