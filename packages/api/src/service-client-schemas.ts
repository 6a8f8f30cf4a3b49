import { z } from 'zod';
import { CONTROL_CHARACTER } from './schemas';
import { SERVICE_SCOPE_NAMES } from './scopes';

/** Input and output shapes of the service-client procedures (`serviceClients.*`). */

export { SERVICE_SCOPES, SERVICE_SCOPE_NAMES, type ServiceScope } from './scopes';

export const serviceScopeSchema = z.enum(SERVICE_SCOPE_NAMES, {
  error: `Choose scopes among ${SERVICE_SCOPE_NAMES.join(', ')}`,
});

export const createServiceClientInput = z.object({
  name: z
    .string({ error: 'Enter a name for the service' })
    .trim()
    .min(1, 'Enter a name for the service')
    .max(100, 'Use at most 100 characters for the name')
    .refine((name) => !CONTROL_CHARACTER.test(name), 'Remove the control characters from the name')
    .describe('What the service is, as the tenant’s owner will recognise it'),
  scopes: z
    .array(serviceScopeSchema)
    .min(1, 'Choose at least one scope')
    .max(SERVICE_SCOPE_NAMES.length)
    .describe('What the service may do; a token may ask for fewer'),
});

export type CreateServiceClientInput = z.infer<typeof createServiceClientInput>;

export const serviceClientIdInput = z.object({
  client_id: z
    .string({ error: 'Send the client id' })
    .regex(/^svc_[a-f0-9]{24}$/, 'client_id is not one this service gave out'),
});

export const serviceClientSchema = z.object({
  client_id: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

export const serviceClientsOutput = z.object({
  items: z.array(serviceClientSchema),
  count: z.number().int(),
});

export const createdServiceClientOutput = z.object({
  client: serviceClientSchema,
  client_secret: z.string().describe('Shown this once: only its hash is kept'),
});
