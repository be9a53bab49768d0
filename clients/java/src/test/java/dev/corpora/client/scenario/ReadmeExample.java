package dev.corpora.client.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Java example of README.md, the code block between {@code <!-- example:java -->} and
 * {@code <!-- /example:java -->}, compiled in memory against the test class path: its import lines head a class
 * whose body is the rest of the block, one static method. What runs is exactly what the README shows.
 */
final class ReadmeExample {
    private static final String START = "<!-- example:java -->";
    private static final String END = "<!-- /example:java -->";
    private static final String CLASS_NAME = "ReadmeJavaExample";

    private final Method method;

    private ReadmeExample(Method method) {
        this.method = method;
    }

    /** Compiles the example of the README at the repository's root; fails with javac's messages if it is broken. */
    static ReadmeExample fromReadme() {
        Path readme = Path.of(System.getProperty("basedir", "."), "..", "..", "README.md").normalize();
        try {
            return compile(javaBlock(Files.readString(readme)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls the example's method; an exception it throws is rethrown as it is. */
    Object call(Object... arguments) throws Exception {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception thrown ? thrown : e;
        }
    }

    static String javaBlock(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new AssertionError("README.md has no " + START + " ... " + END + " block");
        }
        String block = readme.substring(start + START.length(), end);
        int code = block.indexOf("```java\n");
        int close = block.indexOf("\n```", code + 1);
        if (code < 0 || close < 0) {
            throw new AssertionError("the java example block of README.md holds no ```java code block");
        }
        return block.substring(code + "```java\n".length(), close + 1);
    }

    private static ReadmeExample compile(String code) {
        Map<Boolean, List<String>> importsAndBody = code.lines()
                .collect(Collectors.partitioningBy(line -> line.startsWith("import ")));
        String source = String.join("\n", importsAndBody.get(true)) + "\nfinal class " + CLASS_NAME + " {\n"
                + String.join("\n", importsAndBody.get(false)) + "\n}\n";
        Map<String, byte[]> classes = compileInMemory(source);
        try {
            return new ReadmeExample(theStaticMethod(new InMemoryClassLoader(classes).loadClass(CLASS_NAME)));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> compileInMemory(String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> output = new HashMap<>();
        JavaFileManager files = new ForwardingJavaFileManager<>(
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return output.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + CLASS_NAME + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none");
        if (!compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call()) {
            throw new AssertionError("the java example of README.md does not compile:\n"
                    + diagnostics.getDiagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"))
                    + "\nas compiled:\n" + source);
        }
        Map<String, byte[]> classes = new HashMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    private static Method theStaticMethod(Class<?> example) {
        List<Method> methods = Arrays.stream(example.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()).toList();
        if (methods.size() != 1) {
            throw new AssertionError("the java example of README.md must be one static method, not " + methods);
        }
        methods.get(0).setAccessible(true);
        return methods.get(0);
    }

    private static final class InMemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        InMemoryClassLoader(Map<String, byte[]> classes) {
            super(ReadmeExample.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
