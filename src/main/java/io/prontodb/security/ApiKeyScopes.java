package io.prontodb.security;

import io.prontodb.ProntoException;
import io.prontodb.address.NameRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an API key may touch: a list of project grants. A request is allowed when any grant covers its project,
 * and, for a write, when such a grant is read-write. Stored as the grants' text joined by spaces (names never
 * hold whitespace), e.g. {@code *:rw} or {@code app:ro cache:rw}.
 */
public final class ApiKeyScopes {
    public static final ApiKeyScopes ALL = new ApiKeyScopes(List.of(new ProjectGrant(ProjectGrant.ANY_PROJECT, true)));
    private static final String RO = "ro";
    private static final String RW = "rw";

    private final List<ProjectGrant> grants;

    private ApiKeyScopes(List<ProjectGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    /** Parses {@code --scope} values: {@code PROJECT}, {@code PROJECT:ro}, {@code PROJECT:rw}, {@code *...}. */
    public static ApiKeyScopes parse(List<String> texts) {
        if (texts.isEmpty()) {
            return ALL;
        }
        List<ProjectGrant> grants = new ArrayList<>();
        for (String text : texts) {
            grants.add(parseGrant(text));
        }
        return new ApiKeyScopes(grants);
    }

    /** Reads the stored form. */
    public static ApiKeyScopes fromStored(String stored) {
        return parse(List.of(stored.trim().split(" +")));
    }

    public String toStored() {
        return grants.stream().map(ProjectGrant::toString).collect(Collectors.joining(" "));
    }

    public List<ProjectGrant> grants() {
        return grants;
    }

    public boolean allowsRead(String project) {
        return grants.stream().anyMatch(g -> g.covers(project));
    }

    public boolean allowsWrite(String project) {
        return grants.stream().anyMatch(g -> g.writable() && g.covers(project));
    }

    /**
     * Text after the last ':' is the mode, so a project whose name holds ':' is written with its mode
     * ({@code x:y:rw}); {@code app:rx} is refused as a bad mode rather than read as a project named so.
     */
    private static ProjectGrant parseGrant(String text) {
        int colon = text.lastIndexOf(':');
        String project = colon < 0 ? text : text.substring(0, colon);
        String mode = colon < 0 ? RW : text.substring(colon + 1);
        if (!mode.equals(RO) && !mode.equals(RW)) {
            throw badScope(text, "the mode after ':' must be ro or rw");
        }
        if (!project.equals(ProjectGrant.ANY_PROJECT)) {
            try {
                NameRules.checkName("project", project);
            } catch (ProntoException e) {
                throw badScope(text, e.getMessage());
            }
        }
        return new ProjectGrant(project, mode.equals(RW));
    }

    private static ProntoException badScope(String text, String why) {
        return ProntoException.usage("bad --scope '" + text + "': " + why,
                "use PROJECT, PROJECT:ro or PROJECT:rw; '*' means every project");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKeyScopes s && s.grants.equals(grants);
    }

    @Override
    public int hashCode() {
        return grants.hashCode();
    }

    @Override
    public String toString() {
        return toStored();
    }
}
