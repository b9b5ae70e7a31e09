import { z } from 'zod';
import { da } from 'zod/locales';

/** zod's messages in Danish: they reach the referent through the error envelope. */
export function useDanishValidationMessages(): void {
  z.config(da());
}
