package io.prontodb.address;

import io.prontodb.ProntoException;

/** Turns what users type into addresses and listing targets, per SPEC section 1. */
public final class AddressParser {
    private final Scope scope;

    public AddressParser(Scope scope) {
        this.scope = scope;
    }

    /** A key address: {@code key}, {@code namespace.key} or {@code project.namespace.key}. */
    public Address parseKey(String text, String contextFlag) {
        String[] parts = scope.delimiter().split(text);
        if (scope.namespaceGiven() && parts.length > 1) {
            throw ProntoException.usage("address '" + text + "' names a namespace, and so does -n; with -n give KEY only",
                    "a key cannot contain the delimiter '" + scope.delimiter() + "'; another one can be chosen with --ns-delim");
        }
        if (scope.projectGiven() && parts.length > 2) {
            throw ProntoException.usage("address '" + text + "' names a project, and so does -p; with -p give at most"
                    + " NAMESPACE" + scope.delimiter() + "KEY");
        }
        if (parts.length > 3) {
            throw ProntoException.usage("address '" + text + "' has " + parts.length + " parts; at most 3 (project"
                    + scope.delimiter() + "namespace" + scope.delimiter() + "key)");
        }
        String project = parts.length == 3 ? parts[0] : scope.project();
        String namespace = parts.length >= 2 ? parts[parts.length - 2] : scope.namespace();
        String keyPart = parts[parts.length - 1];
        NameRules.check("project", project, scope.delimiter());
        NameRules.check("namespace", namespace, scope.delimiter());
        return withKeyPart(project, namespace, keyPart, contextFlag);
    }

    /** A bare key part ({@code key} or {@code key__context}) in a namespace already checked; no delimiter allowed. */
    public Address parseKeyIn(NamespaceRef namespace, String keyPart) {
        if (keyPart.indexOf(scope.delimiter().toString()) >= 0) {
            throw ProntoException.usage("key '" + keyPart + "' contains the delimiter '" + scope.delimiter() + "'");
        }
        return withKeyPart(namespace.project(), namespace.namespace(), keyPart, null);
    }

    /** A namespace address: {@code namespace} in the current project, or {@code project.namespace}. */
    public NamespaceRef parseNamespace(String text) {
        String[] parts = scope.delimiter().split(text);
        if (parts.length > 2) {
            throw ProntoException.usage("'" + text + "' is not a namespace; expected project" + scope.delimiter()
                    + "namespace");
        }
        String project = parts.length == 2 ? parts[0] : scope.project();
        String namespace = parts[parts.length - 1];
        NameRules.check("project", project, scope.delimiter());
        NameRules.check("namespace", namespace, scope.delimiter());
        return new NamespaceRef(project, namespace);
    }

    /**
     * What a listing command lists: {@code p.n}, {@code p.n.prefix}, a bare prefix in the current namespace,
     * or (null) the whole current namespace.
     */
    public ListTarget parseListTarget(String text) {
        if (text == null) {
            return new ListTarget(new NamespaceRef(scope.project(), scope.namespace()), "");
        }
        String[] parts = scope.delimiter().split(text);
        if (parts.length == 1) {
            NameRules.checkCharacters("key prefix", text, scope.delimiter());
            return new ListTarget(new NamespaceRef(scope.project(), scope.namespace()), text);
        }
        if (scope.projectGiven() || scope.namespaceGiven()) {
            throw ProntoException.usage("path '" + text + "' names a namespace, and so does " + (scope.projectGiven() ? "-p" : "-n"),
                    "give either the flag or the path; with the flag, the argument is a key prefix");
        }
        if (parts.length > 3) {
            throw ProntoException.usage("path '" + text + "' has " + parts.length + " parts; expected project"
                    + scope.delimiter() + "namespace[" + scope.delimiter() + "prefix]");
        }
        NameRules.check("project", parts[0], scope.delimiter());
        NameRules.check("namespace", parts[1], scope.delimiter());
        String prefix = parts.length == 3 ? parts[2] : "";
        NameRules.checkCharacters("key prefix", prefix, scope.delimiter());
        return new ListTarget(new NamespaceRef(parts[0], parts[1]), prefix);
    }

    private Address withKeyPart(String project, String namespace, String keyPart, String contextFlag) {
        int separators = countSeparators(keyPart);
        if (separators > 1) {
            throw ProntoException.usage("key '" + keyPart + "' holds more than one '__'",
                    "a key may carry one context: key__context");
        }
        String key = keyPart;
        String context = "";
        if (separators == 1) {
            int at = keyPart.indexOf(NameRules.CONTEXT_SEPARATOR);
            key = keyPart.substring(0, at);
            context = keyPart.substring(at + 2);
            if (key.isEmpty() || context.isEmpty()) {
                throw ProntoException.usage("key '" + keyPart + "' has an empty side around '__'");
            }
        }
        if (contextFlag != null) {
            if (separators == 1) {
                throw ProntoException.usage("context given twice: in '" + keyPart + "' and by --context");
            }
            if (contextFlag.isEmpty() || countSeparators(key + NameRules.CONTEXT_SEPARATOR + contextFlag) > 1) {
                throw ProntoException.usage("--context '" + contextFlag + "' is empty or adds a second '__' to the key");
            }
            NameRules.check("context", contextFlag, scope.delimiter());
            context = contextFlag;
        }
        NameRules.check("key", key, scope.delimiter());
        if (!context.isEmpty()) {
            NameRules.check("context", context, scope.delimiter());
        }
        return new Address(project, namespace, key, context);
    }

    /** Counts occurrences of {@code __}, overlapping ones too, so {@code a___b} counts two. */
    static int countSeparators(String keyPart) {
        int count = 0;
        for (int i = keyPart.indexOf("__"); i >= 0; i = keyPart.indexOf("__", i + 1)) {
            count++;
        }
        return count;
    }
}
