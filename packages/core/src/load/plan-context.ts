import { createContext } from '@lit/context';
import type { PlanState } from './plan-state.js';

/**
 * The context `<planvis-plan>` provides to the widgets inside it. The key is a string, so two copies of
 * planvis on one page still find each other.
 */
export const planContext = createContext<PlanState | undefined>('planvis-plan');
