package org.dicomharness.testdata.module;

/**
 * The (fictitious) device that made an object: General Equipment (PS3.3 C.7.5.1) and Enhanced General
 * Equipment (C.7.5.2), where Manufacturer, model, serial number and software versions are Type 1.
 *
 * @param manufacturer    Manufacturer
 * @param modelName       Manufacturer's Model Name
 * @param serialNumber    Device Serial Number
 * @param softwareVersion Software Versions
 * @param stationName     Station Name
 */
public record Equipment(String manufacturer, String modelName, String serialNumber, String softwareVersion,
                        String stationName) {

    /** The manufacturer of every generated object: an obviously synthetic name. */
    public static final String MANUFACTURER = "Harness Synthetic Devices";

    /** Equipment of the given model with serial and station derived from it. */
    public static Equipment of(String modelName, String stationName) {
        String serial = "SN-" + Integer.toHexString(modelName.hashCode() & 0xFFFFF).toUpperCase();
        return new Equipment(MANUFACTURER, modelName, serial, "SYNTH 1.0", stationName);
    }
}
