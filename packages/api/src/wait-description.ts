/**
 * A wait as a person reads it. Pure and free of Node APIs, so the web app imports it as
 * `@dyocense/api/wait-description` and says the same wait the server's messages say.
 */

/** "5 seconds", "2 minutes": `seconds` as a person reads it, rounded up to whole minutes from 60. */
export function waitDescription(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
