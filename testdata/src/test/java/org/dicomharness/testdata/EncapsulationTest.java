package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.testdata.codec.Encapsulation;
import org.junit.jupiter.api.Test;

class EncapsulationTest {

    @Test
    void basicOffsetTablePointsAtEachFrameItemAndFragmentsAreEven() {
        Fragments f = Encapsulation.encapsulate(List.of(new byte[10], new byte[7], new byte[4]));
        assertThat(f.size()).isEqualTo(4);
        ByteBuffer bot = ByteBuffer.wrap(((ByteValue) f.items().get(0)).unsafeBytes()).order(ByteOrder.LITTLE_ENDIAN);
        // PS3.5 A.4: offsets from the first byte of the first fragment's item tag; each item has an 8-byte header.
        assertThat(bot.getInt(0)).isZero();
        assertThat(bot.getInt(4)).isEqualTo(8 + 10);
        assertThat(bot.getInt(8)).isEqualTo(8 + 10 + 8 + 8);
        assertThat(f.items().get(2).length()).isEqualTo(8);
    }
}
