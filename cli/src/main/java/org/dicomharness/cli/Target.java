package org.dicomharness.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A remote application entity written {@code AET@host:port}.
 *
 * @param aeTitle the called AE title (1-16 characters, PS3.5 AE)
 * @param host    host name or address
 * @param port    TCP port
 */
record Target(String aeTitle, String host, int port) {

    static Target parse(String text) {
        int at = text.indexOf('@');
        int colon = text.lastIndexOf(':');
        if (at <= 0 || colon < at + 2 || colon == text.length() - 1) {
            throw new TypeConversionException("'" + text + "' is not a target: write AET@host:port, e.g. "
                    + "STORESCP@127.0.0.1:11112");
        }
        String ae = text.substring(0, at);
        if (ae.length() > 16 || ae.isBlank() || ae.contains("\\")) {
            throw new TypeConversionException("AE title '" + ae + "' in '" + text + "' must have 1 to 16 characters "
                    + "and no backslash (PS3.5 AE)");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("port '" + text.substring(colon + 1) + "' in '" + text
                    + "' is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new TypeConversionException("port " + port + " in '" + text + "' is outside 1-65535");
        }
        return new Target(ae, text.substring(at + 1, colon), port);
    }

    @Override
    public String toString() {
        return aeTitle + "@" + host + ":" + port;
    }

    static final class Converter implements ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return parse(value);
        }
    }
}
