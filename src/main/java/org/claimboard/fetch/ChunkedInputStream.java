package org.claimboard.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;

/** Decodes an HTTP/1.1 chunked body; trailers are read and ignored. */
final class ChunkedInputStream extends FilterInputStream {

    private long chunkLeft;
    private boolean finished;

    ChunkedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (chunkLeft == 0) {
            chunkLeft = nextChunkSize();
            if (chunkLeft == 0) {
                finished = true;
                while (!HttpWire.readLine(in).isEmpty()) {
                    // trailer fields
                }
                return -1;
            }
        }
        int count = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
        if (count == -1) {
            throw new ProtocolException("chunked body ended early");
        }
        chunkLeft -= count;
        if (chunkLeft == 0) {
            HttpWire.readLine(in); // CRLF after the chunk data
        }
        return count;
    }

    private long nextChunkSize() throws IOException {
        String line = HttpWire.readLine(in);
        int end = line.indexOf(';');
        String hex = (end >= 0 ? line.substring(0, end) : line).strip();
        if (hex.isEmpty() || hex.length() > 15) {
            throw new ProtocolException("bad chunk size");
        }
        for (int k = 0; k < hex.length(); k++) {
            if (Character.digit(hex.charAt(k), 16) < 0) {
                throw new ProtocolException("bad chunk size");
            }
        }
        return Long.parseLong(hex, 16);
    }
}
