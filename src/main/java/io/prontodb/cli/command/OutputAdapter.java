package io.prontodb.cli.command;

import io.prontodb.cli.Output;
import java.io.OutputStream;

/** stdout as an OutputStream, for services that stream their output. */
final class OutputAdapter extends OutputStream {
    private final Output output;

    OutputAdapter(Output output) {
        this.output = output;
    }

    @Override
    public void write(int b) {
        output.write(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        output.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        output.flush();
    }
}
