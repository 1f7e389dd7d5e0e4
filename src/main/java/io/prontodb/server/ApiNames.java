package io.prontodb.server;

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

    /** A key and its context ({@code null}: none; given, it must be a valid name). */
    static Address address(NamespaceRef ns, String key, String context) {
        if (context != null) {
            NameRules.checkName("context", context);
        }
        Address address = new Address(ns.project(), ns.namespace(), key, context == null ? "" : context);
        NameRules.checkEntry(address);
        return address;
    }

    static void prefix(String prefix) {
        NameRules.checkPrefix(prefix);
    }
}
