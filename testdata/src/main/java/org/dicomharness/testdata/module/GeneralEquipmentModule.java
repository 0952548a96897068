package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/**
 * General Equipment (PS3.3 C.7.5.1); every value is filled so that it also satisfies Enhanced General
 * Equipment (C.7.5.2), where Manufacturer, model, serial number and software versions are Type 1.
 */
public final class GeneralEquipmentModule {

    private GeneralEquipmentModule() {
    }

    public static void write(Dataset ds, Equipment equipment, String institution) {
        ds.setString(Tags.Manufacturer, VR.LO, equipment.manufacturer());
        ds.setString(Tags.InstitutionName, VR.LO, institution);
        ds.setString(Tags.StationName, VR.SH, equipment.stationName());
        ds.setString(Tags.ManufacturerModelName, VR.LO, equipment.modelName());
        ds.setString(Tags.DeviceSerialNumber, VR.LO, equipment.serialNumber());
        ds.setString(Tags.SoftwareVersions, VR.LO, equipment.softwareVersion());
    }
}
