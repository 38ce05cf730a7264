package io.github.jingdu.cli;

import java.lang.module.ModuleDescriptor;
import picocli.CommandLine.IVersionProvider;

/**
 * Reads the version from the jar's manifest ({@code Implementation-Version}), or from the module
 * descriptor when the tool runs as a module (the jlink image), whose packages have no manifest.
 */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Jingdu.class.getPackage().getImplementationVersion();
        ModuleDescriptor module = Jingdu.class.getModule().getDescriptor();
        if (version == null && module != null) {
            version = module.rawVersion().orElse(null);
        }
        return new String[] {"jingdu " + (version == null ? "(development build)" : version)};
    }
}
