package io.github.jingdu.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Jingdu.class.getPackage().getImplementationVersion();
        return new String[] {"jingdu " + (version == null ? "(development build)" : version)};
    }
}
