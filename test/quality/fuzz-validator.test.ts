import { describeValidatorFuzz } from './fuzz.js';

describeValidatorFuzz();
