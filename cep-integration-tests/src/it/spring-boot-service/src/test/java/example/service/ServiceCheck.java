package example.service;

import io.github.ceproadmap.json.CepJsonModule;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Validator;
import io.github.ceproadmap.render.HtmlPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the service on a loopback port and checks each endpoint as a client would, over HTTP;
 * ends the JVM with status 1 if it all takes more than two minutes.
 */
public final class ServiceCheck {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** A small valid document: a roadmap with one action. */
  private static final String SMALL = """
      {
        "schemaVersion": "1.0",
        "id": "service-check",
        "title": "Circular Electronics Roadmap",
        "edition": "2.0",
        "axes": [{"id": "collective", "title": "Collective actions"}],
        "pathways": [{"number": 1, "title": "Design for Circularity", "actions": [
          {"id": "1.1", "axis": "collective", "title": "Define circular products"}]}]
      }
      """;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String base;

  private ServiceCheck(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(Duration.ofMinutes(2).toMillis());
        System.err.println("ServiceCheck did not finish within two minutes");
        Runtime.getRuntime().halt(1);
      } catch (InterruptedException finished) {
        // The check ended in time.
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();

    String jackson = PLAIN.version().toString();
    require(jackson.equals(System.getProperty("expected.jackson.version")),
        "the service runs on Jackson " + jackson + ", not on "
            + System.getProperty("expected.jackson.version"));
    try (ConfigurableApplicationContext service = SpringApplication.run(RoadmapService.class,
        "--server.address=127.0.0.1", "--server.port=0")) {
      JsonMapper boots = service.getBean(JsonMapper.class);
      require(boots.registeredModules().stream().anyMatch(CepJsonModule.class::isInstance),
          "Spring Boot's JsonMapper did not register CepJsonModule");
      int port = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
      new ServiceCheck(port).run();
    }
    watchdog.interrupt();
    System.out.println("Spring Boot service on Jackson " + jackson + ": all endpoints checked");
  }

  private void run() throws IOException, InterruptedException {
    Roadmap edition = editionServed();
    dashboardIsServed(edition);
    validReportIsTheCommandsJson(SMALL.getBytes(StandardCharsets.UTF_8));
    invalidDocumentIs422WithEachFindingPlaced();
    theEditionIsAnsweredAsTheReportSays(RoadmapCodec.strict().encodeToBytes(edition));
    malformedDocumentIs400();
    nestedRoadmapIsReadAndReportedAtItsAbsolutePlace();
  }

  private Roadmap editionServed() throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/roadmaps/2.0"))
        .GET());
    expect(response, 200, "application/json");
    Roadmap served = RoadmapCodec.strict().decode(response.body());
    require(served.equals(RoadmapEditions.edition2_0()),
        "GET /roadmaps/2.0 served another roadmap: " + served.id() + " " + served.edition());
    return served;
  }

  private void dashboardIsServed(Roadmap edition) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(
        URI.create(base + "/roadmaps/2.0/dashboard")).GET());
    expect(response, 200, "text/html");
    String expected = HtmlPage.render(edition, Validator.standard().validate(edition).findings(),
        Optional.empty());
    require(response.body().equals(expected),
        "GET /roadmaps/2.0/dashboard served another page than cep-render draws");
  }

  private void validReportIsTheCommandsJson(byte[] document)
      throws IOException, InterruptedException {
    HttpResponse<String> response = post("/roadmaps/validate", document);
    expect(response, 200, "application/json");
    String expected = DocumentReport.toJson(List.of(DocumentReport.check("request", document,
        RoadmapCodec.strict(), Validator.standard())));
    require(response.body().equals(expected),
        "the report differs from cep validate --format json:\n" + response.body());
    require(PLAIN.readTree(response.body()).at("/files/0/valid").asBoolean(),
        "a valid document was reported not valid:\n" + response.body());
  }

  private void invalidDocumentIs422WithEachFindingPlaced()
      throws IOException, InterruptedException {
    String invalid = SMALL.replace("\"axis\": \"collective\"", "\"axis\": \"nowhere\"");
    HttpResponse<String> response = post("/roadmaps/validate",
        invalid.getBytes(StandardCharsets.UTF_8));
    expect(response, 422, "application/problem+json");
    JsonNode problem = PLAIN.readTree(response.body());
    require(problem.get("status").asInt() == 422, "status member: " + response.body());
    JsonNode finding = findingAt(problem, "/pathways/0/actions/0/axis");
    int at = invalid.indexOf("\"nowhere\"");
    int line = (int) invalid.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - invalid.lastIndexOf('\n', at);
    require(finding.get("line").asInt() == line && finding.get("column").asInt() == column,
        "the unknown axis is at " + line + ":" + column + ", not where the problem says:\n"
            + response.body());
  }

  /**
   * The published edition is answered as the report says: it keeps the seeds' defects (such as
   * a duplicate action id), so its error findings get 422 with the report's findings.
   */
  private void theEditionIsAnsweredAsTheReportSays(byte[] edition)
      throws IOException, InterruptedException {
    HttpResponse<String> response = post("/roadmaps/validate", edition);
    DocumentReport report = DocumentReport.check("request", edition, RoadmapCodec.strict(),
        Validator.standard());
    JsonNode expected = PLAIN.readTree(DocumentReport.toJson(List.of(report)));
    if (report.valid()) {
      expect(response, 200, "application/json");
      require(PLAIN.readTree(response.body()).equals(expected),
          "the edition's report differs:\n" + response.body());
    } else {
      expect(response, 422, "application/problem+json");
      require(PLAIN.readTree(response.body()).get("findings")
              .equals(expected.at("/files/0/findings")),
          "the problem's findings differ from the report's:\n" + response.body());
    }
  }

  private void malformedDocumentIs400() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/roadmaps/validate",
        "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": tru\n}".getBytes(StandardCharsets.UTF_8));
    expect(response, 400, "application/problem+json");
    JsonNode finding = PLAIN.readTree(response.body()).at("/findings/0");
    require(finding.get("rule").asString().equals("decode-error")
            && finding.get("line").asInt() == 3 && finding.get("column").asInt() > 0
            && finding.hasNonNull("pointer"),
        "a malformed document should get one decode-error on line 3:\n" + response.body());
  }

  private void nestedRoadmapIsReadAndReportedAtItsAbsolutePlace()
      throws IOException, InterruptedException {
    String roadmap = RoadmapCodec.strict().encode(RoadmapCodec.strict().decode(SMALL));
    String submission = "{\n\"note\": \"from a partner\",\n\"roadmap\": " + roadmap + "}";
    HttpResponse<String> accepted = post("/roadmaps/submissions",
        submission.getBytes(StandardCharsets.UTF_8));
    expect(accepted, 200, "application/json");
    require(PLAIN.readTree(accepted.body()).get("pathways").asInt() > 0,
        "the submitted roadmap was not read: " + accepted.body());

    String broken = submission.replaceFirst("\"id\":\"1\\.1\"", "\"id\":\"1.x\"");
    require(!broken.equals(submission), "the edition has no action 1.1 to break");
    HttpResponse<String> rejected = post("/roadmaps/submissions",
        broken.getBytes(StandardCharsets.UTF_8));
    expect(rejected, 400, "application/problem+json");
    JsonNode problem = PLAIN.readTree(rejected.body());
    JsonNode finding = findingAt(problem, "/roadmap/pathways/0/actions/0/id");
    int offset = broken.indexOf("\"1.x\"") - broken.lastIndexOf('\n', broken.indexOf("\"1.x\""));
    require(finding.get("line").asInt() == 3 && finding.get("column").asInt() == offset,
        "action 1.x is at 3:" + offset + " of the whole document, not where the problem says:\n"
            + rejected.body());
  }

  private static JsonNode findingAt(JsonNode problem, String pointer) {
    for (JsonNode finding : problem.get("findings")) {
      if (finding.get("pointer").asString().equals(pointer)) {
        return finding;
      }
    }
    throw new AssertionError("no finding at " + pointer + " in " + problem);
  }

  private HttpResponse<String> post(String path, byte[] body)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void expect(HttpResponse<String> response, int status, String mediaType) {
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    require(response.statusCode() == status && contentType.startsWith(mediaType),
        response.request().method() + " " + response.uri() + " answered "
            + response.statusCode() + " " + contentType + ", not " + status + " " + mediaType
            + ":\n" + response.body());
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new AssertionError(problem);
    }
  }
}
