package io.prontodb.server;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NameRules;
import io.prontodb.address.NamespaceRef;

/** The SPEC 1 name rules for names that arrive as separate path segments: any valid name, '.' included. */
final class ApiNames {
    private ApiNames() {
    }

    static NamespaceRef namespace(String project, String namespace) {
        NameRules.checkName("project", project);
        NameRules.checkName("namespace", namespace);
        return new NamespaceRef(project, namespace);
    }

    /** A key and its context ({@code null} or absent: none); neither may hold '__', and a key with a context may not end in '_'. */
    static Address address(NamespaceRef ns, String key, String context) {
        NameRules.checkName("key", key);
        String ctx = context == null ? "" : context;
        if (context != null) {
            NameRules.checkName("context", context);
        }
        String keyPart = ctx.isEmpty() ? key : key + NameRules.CONTEXT_SEPARATOR + ctx;
        if (key.contains(NameRules.CONTEXT_SEPARATOR) || ctx.contains(NameRules.CONTEXT_SEPARATOR)
                || keyPart.indexOf(NameRules.CONTEXT_SEPARATOR) != keyPart.lastIndexOf(NameRules.CONTEXT_SEPARATOR)) {
            throw ProntoException.usage("key '" + keyPart + "' holds more than one '__'",
                    "send the context as ?context=C, and a key without '__'");
        }
        return new Address(ns.project(), ns.namespace(), key, ctx);
    }

    static void prefix(String prefix) {
        NameRules.checkCharacters("key prefix", prefix, null);
    }
}
