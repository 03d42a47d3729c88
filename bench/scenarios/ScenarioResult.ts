/** Named figures one scenario measured on one server. */
export type ScenarioResult = Record<string, number>;
