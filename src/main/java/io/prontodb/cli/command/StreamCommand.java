package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.security.ApiKeyScopes;
import io.prontodb.security.Bearer;
import io.prontodb.security.Credentials;
import io.prontodb.security.Security;
import io.prontodb.security.SecurityPolicy;
import io.prontodb.store.remote.RemotePronto;
import io.prontodb.stream.AuthPreamble;
import io.prontodb.stream.StreamTokenizer;

public final class StreamCommand implements Command {
    @Override
    public String summary() {
        return "write many keys from stdin, one transaction per namespace";
    }

    @Override
    public String usage() {
        return """
            prontodb stream < TOKENS
            Tokens are separated by ';' or newlines; spaces around them are dropped. Data: key=value or
            key__ctx=value. Directives: meta:path=P.N (or meta:ns=P.N), meta:project=P, meta:namespace=N,
            meta:delim=C, meta:ttl=S (TTL namespaces only), meta:b64=1|0 (values that follow are base64, or
            not). Escapes: \\; \\\\ \\n \\t \\r \\s (space).
            Unless security.required=false or PRONTO_SECURITY=false, the stream starts with
            meta:sec:apikey=KEY; or meta:sec:session=TOKEN; or meta:sec:pass=PASSWORD; meta:sec:user=NAME;
            (wrong or missing: exit 77, nothing written). Each namespace segment is one transaction; an
            error rolls back the open segment, stops, and names the token and the committed namespaces.""";
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        boolean required = SecurityPolicy.required(inv.env().get(SecurityPolicy.ENV_VARIABLE),
                inv.config().get(SecurityPolicy.CONFIG_KEY));
        StreamTokenizer tokens = new StreamTokenizer(inv.stdin());
        AuthPreamble.Result preamble = AuthPreamble.read(tokens, required);
        ApiKeyScopes scopes = ApiKeyScopes.ALL;
        if (preamble.credentials() != null && inv.pronto() instanceof RemotePronto remote) {
            remote.authenticate(preamble.credentials());
        } else if (preamble.credentials() != null) {
            Security security = SecurityAccess.open(inv);
            Bearer bearer = security.authorize(preamble.credentials());
            scopes = bearer.scopes();
            if (preamble.credentials() instanceof Credentials.Password) {
                SecurityAccess.warnOfDefaultPassword(inv, security, bearer.user());
            }
        }
        inv.pronto().stream(inv.scope(), preamble.next(), tokens, scopes);
        return ExitCode.OK;
    }
}
