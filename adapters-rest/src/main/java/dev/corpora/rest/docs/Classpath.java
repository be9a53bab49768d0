package dev.corpora.rest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the docs pages read from the jar: the spec, their templates and the webjars' versions. */
final class Classpath {
    private Classpath() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Classpath.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /**
     * The version of a webjar on the classpath, from the pom.properties every webjar carries, so the pages name
     * the asset folder of whatever version the build brought in.
     */
    static String webJarVersion(String groupId, String artifactId) {
        Properties properties = new Properties();
        try (InputStream in = Classpath.class.getClassLoader().getResourceAsStream(
                "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("webjar " + groupId + ":" + artifactId + " is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
