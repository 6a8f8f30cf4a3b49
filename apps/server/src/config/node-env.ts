import { z } from 'zod';

export const NODE_ENVS = ['development', 'production', 'test'] as const;

export type NodeEnv = (typeof NODE_ENVS)[number];

/** What kind of run this is; several defaults and the production requirements follow from it. */
export const nodeEnvSchema = z
  .object({
    NODE_ENV: z.enum(NODE_ENVS).default('development').meta({
      description:
        '`production` requires `PUBLIC_URL`, a signing key and `SMTP_HOST` (all missing ones are named at once), and never returns tokens in responses; `development` or `test` otherwise',
    }),
  })
  .meta({ title: 'Environment' });
