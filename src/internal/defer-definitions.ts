/**
 * Imported first by the drop-in bundle's entry (`drop-in.ts`): from here on, the define modules it imports
 * record their definitions instead of registering them, and the entry hands them to the
 * autoloader's upgrade policy.
 */
import { deferDefinitions } from './define-element.js';

deferDefinitions();
