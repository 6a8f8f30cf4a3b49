import { z } from 'zod';

// The page's Content-Security-Policy forbids eval, so zod must neither compile parsers with it
// nor probe for it (the browser reports even a caught attempt). Imported before any schema is
// built, since zod decides this as each schema is created.
z.config({ jitless: true });
