package org.dicomharness.dicom.net.dimse;

import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;

/** Performs N-EVENT-REPORT (PS3.7 10.1.1); the Event Information is {@code null} when the request carries none. */
@FunctionalInterface
public interface NEventReportScp {

    Outcome eventReport(ScpContext context, NEventReportRq rq, Dataset eventInformation) throws IOException;
}
