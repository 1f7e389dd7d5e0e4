package io.prontodb.portability;

/** Told how many entries a bulk operation has handled so far; the command decides whether to show it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void entries(long count) {
        }

        @Override
        public void done(long count) {
        }
    };

    void entries(long count);

    void done(long count);
}
