package io.github.liaisonsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liaison-core as a named module: it exports its API packages only, and a client module can use it. */
class ModuleDescriptorTest {
  static final Path CLASSES = Path.of("target", "classes");

  /** What the core needs at run time: the test class path minus the test tools. */
  static final List<String> RUNTIME =
      List.of(
          "jackson-",
          "jakarta.validation",
          "hibernate-validator",
          "jboss-logging",
          "classmate",
          "slf4j-api",
          "jspecify");

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  @DisplayName("the module exports every package of the API and not the internal one")
  void exportsTheApiOnly() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.github.liaisonsdk.core");
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages = new TreeSet<>(module.packages());
    packages.remove("io.github.liaisonsdk.internal");
    assertThat(exported).isEqualTo(packages);
    assertThat(module.opens())
        .allSatisfy(
            open ->
                assertThat(open.targets())
                    .containsExactlyInAnyOrder(
                        "com.fasterxml.jackson.databind", "org.hibernate.validator"));
  }

  @Test
  @DisplayName(
      "HSL-3: a client module on the module path builds values, reads JSON and takes a decision")
  void clientModuleUsesTheApi(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/client");
    Files.createDirectories(source.resolve("client"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module client { requires io.github.liaisonsdk.core; }");
    Files.writeString(
        source.resolve("client/Main.java"),
        String.join(
            "\n",
            "package client;",
            "import io.github.liaisonsdk.Liaison;",
            "import io.github.liaisonsdk.json.LiaisonJson;",
            "import io.github.liaisonsdk.memory.InMemoryStore;",
            "import io.github.liaisonsdk.policy.StandardPacks;",
            "import io.github.liaisonsdk.pupil.*;",
            "import io.github.liaisonsdk.sharing.*;",
            "import io.github.liaisonsdk.staff.*;",
            "import io.github.liaisonsdk.confidentiality.Topic;",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    Liaison liaison = Liaison.builder().pack(StandardPacks.lp36()).store(InMemoryStore.create()).build();",
            "    liaison.school().synchroniseStaff(LiaisonJson.read(",
            "        \"{\\\"id\\\":\\\"T-1\\\",\\\"designations\\\":[\\\"TEACHER\\\"]}\", StaffMember.class));",
            "    liaison.school().synchronisePupil(Pupil.builder().id(PupilId.of(\"P-1\"))",
            "        .residence(ResidenceContext.DAY_WITH_FAMILY).homeService(ServiceId.of(\"school\")).build());",
            "    Decision d = liaison.sharing().decide(SharingRequest.builder().requester(StaffId.of(\"T-1\"))",
            "        .pupil(PupilId.of(\"P-1\")).topic(Topic.RISKS).recipient(Recipient.outside(RecipientKind.PUBLIC))",
            "        .purpose(Purpose.INFORMATION_REQUEST).build());",
            "    System.out.println(d.outcome() + \" \" + d.clauses() + \" \" + LiaisonJson.write(d).length());",
            "  }",
            "}"));
    String modulePath =
        Stream.concat(
                Stream.of(CLASSES.toAbsolutePath().toString()),
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(
                        entry ->
                            RUNTIME.stream()
                                .anyMatch(Path.of(entry).getFileName().toString()::startsWith)))
            .collect(Collectors.joining(File.pathSeparator));
    Path out = dir.resolve("out");
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                out.toString(),
                "--module-path",
                modulePath,
                "--module-source-path",
                dir.resolve("src").toString(),
                "--module",
                "client");
    assertThat(compiled).isZero();

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath + File.pathSeparator + out,
                "--module",
                "client/client.Main"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("DENY [HSL-3]");
  }
}
