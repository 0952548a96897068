package org.dicomharness.dicom.net.pdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The User Information Item (PS3.8 9.3.2.3 / 9.3.3.3): its sub-items in the order they were (or will be)
 * encoded. Accessors give the negotiated values; the list keeps duplicates and unknown sub-items so that the
 * PDU is recorded exactly.
 */
public record UserInformation(List<UserInformationItem> items) {

    public UserInformation {
        items = List.copyOf(items);
    }

    public static UserInformation of(UserInformationItem... items) {
        return new UserInformation(List.of(items));
    }

    /** The Maximum Length value, when the sub-item is present (PS3.8 D.1). */
    public OptionalLong maximumLength() {
        return first(MaximumLength.class).map(m -> OptionalLong.of(m.maximumLength())).orElse(OptionalLong.empty());
    }

    public Optional<String> implementationClassUid() {
        return first(ImplementationClassUid.class).map(ImplementationClassUid::uid);
    }

    public Optional<String> implementationVersionName() {
        return first(ImplementationVersionName.class).map(ImplementationVersionName::name);
    }

    public Optional<AsynchronousOperationsWindow> asynchronousOperationsWindow() {
        return first(AsynchronousOperationsWindow.class);
    }

    public List<RoleSelection> roleSelections() {
        return all(RoleSelection.class);
    }

    public List<SopClassExtendedNegotiation> extendedNegotiations() {
        return all(SopClassExtendedNegotiation.class);
    }

    public List<SopClassCommonExtendedNegotiation> commonExtendedNegotiations() {
        return all(SopClassCommonExtendedNegotiation.class);
    }

    public Optional<UserIdentityRq> userIdentityRq() {
        return first(UserIdentityRq.class);
    }

    public Optional<UserIdentityAc> userIdentityAc() {
        return first(UserIdentityAc.class);
    }

    public <T extends UserInformationItem> Optional<T> first(Class<T> type) {
        for (UserInformationItem item : items) {
            if (type.isInstance(item)) {
                return Optional.of(type.cast(item));
            }
        }
        return Optional.empty();
    }

    public <T extends UserInformationItem> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (UserInformationItem item : items) {
            if (type.isInstance(item)) {
                out.add(type.cast(item));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
