/** The secrets of the test devices, and cheap hashes of them (N = 2^10: the cost is the runtime's concern, not the tests'). */
export const TEST_SECRETS = { administrator: "test-administrator-secret", operator: "test-operator-secret" } as const;
export const TEST_COST = { N: 1024, r: 8, p: 1 };
/** What a test client opens the API with unless it says `credentials` itself. */
export const OPERATOR = { accessLevel: "operator", securityRequest: TEST_SECRETS.operator } as const;
