package org.claimboard.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body with a Content-Length: ends after that many bytes. */
final class FixedLengthInputStream extends FilterInputStream {

    private long remaining;

    FixedLengthInputStream(InputStream in, long length) {
        super(in);
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int count = super.read(buffer, offset, (int) Math.min(length, remaining));
        if (count > 0) {
            remaining -= count;
        }
        return count;
    }
}
