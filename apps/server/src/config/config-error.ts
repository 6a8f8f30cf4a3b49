/** A configuration the server cannot run with; its message names the variables, never values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
