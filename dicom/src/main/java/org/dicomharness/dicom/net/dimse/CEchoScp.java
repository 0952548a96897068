package org.dicomharness.dicom.net.dimse;

import java.io.IOException;

/** Performs C-ECHO (PS3.7 9.1.5): answer the verification request. */
@FunctionalInterface
public interface CEchoScp {

    Outcome echo(ScpContext context, CEchoRq rq) throws IOException;
}
