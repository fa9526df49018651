import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses an operation whose type the schema has no root for (a subscription here): graphql-js 16
 * does not check it, and the compiled executor then failed with a 500 and stack traces in the log.
 */
export const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`this API has no ${node.operation} operations (it answers queries and mutations)`, {
      nodes: [node], extensions: { code: 'OPERATION_NOT_SUPPORTED' },
    }));
  },
});

export function useKnownOperationTypes(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(KnownOperationTypes) };
}
