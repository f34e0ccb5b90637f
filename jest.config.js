/** Unit, integration, contract and browser tests; see README "Tests". */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The d3 packages ship ES modules only (the UI bundles those); the tests, CommonJS, take each one's UMD build.
  moduleNameMapper: {
    '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js',
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
