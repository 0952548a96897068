package org.dicomharness.dicom.net.dimse;

import org.dicomharness.dicom.data.Dataset;

/**
 * A DIMSE message (PS3.7 6.3): its command set as a record per primitive. Whether a data set follows is a
 * property of the transmission (Command Data Set Type, PS3.7 E.1), set by whoever sends the message.
 */
public sealed interface DimseMessage permits DimseRequest, DimseResponse {

    CommandField commandField();

    /**
     * The command set elements of this message other than Command Group Length and Command Data Set Type,
     * which the codec adds.
     */
    Dataset command();
}
