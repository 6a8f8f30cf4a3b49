import type { z } from 'zod';
import { databaseSchema } from './database';
import { emailSchema } from './email';
import { httpSchema } from './http';
import { jwtSchema } from './jwt';
import { lifecycleSchema } from './lifecycle';
import { nodeEnvSchema } from './node-env';
import { observabilitySchema } from './observability';
import { parseLeniently } from './parse';
import { passkeysSchema } from './passkeys';
import { rateLimitRulesSchema, rateLimitsSchema } from './rate-limits';
import { redisSchema } from './redis';
import { sessionsSchema } from './sessions';
import { signInProvidersSchema } from './sign-in-providers';
import { webAppSchema } from './web-app';

/** Every concern's schema, in the order the docs list them (and problems are reported). */
export const CONFIG_SECTIONS = {
  nodeEnv: nodeEnvSchema,
  http: httpSchema,
  database: databaseSchema,
  jwt: jwtSchema,
  sessions: sessionsSchema,
  passkeys: passkeysSchema,
  email: emailSchema,
  rateLimits: rateLimitsSchema,
  rateLimitRules: rateLimitRulesSchema,
  redis: redisSchema,
  lifecycle: lifecycleSchema,
  observability: observabilitySchema,
  webApp: webAppSchema,
};

/** The schemas docs/configuration.md is generated from: every section, then the providers'. */
export const DOCUMENTED_SECTIONS: z.ZodObject[] = [
  ...Object.values(CONFIG_SECTIONS),
  signInProvidersSchema,
];

type Sections = typeof CONFIG_SECTIONS;

export type ParsedSections = { [Name in keyof Sections]: z.output<Sections[Name]> };

/** Every section over the environment; each bad value is a line in `problems`, its default used. */
export function parseSections(present: Record<string, string>, problems: string[]): ParsedSections {
  return Object.fromEntries(
    Object.entries(CONFIG_SECTIONS).map(([name, schema]) => [
      name,
      parseLeniently(schema, present, problems),
    ]),
  ) as ParsedSections;
}
