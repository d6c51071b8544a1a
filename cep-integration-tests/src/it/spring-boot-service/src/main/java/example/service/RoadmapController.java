package example.service;

import io.github.ceproadmap.json.ProblemDetails;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Validator;
import io.github.ceproadmap.render.HtmlPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints. No Jackson set-up anywhere: Boot's JsonMapper finds CepJsonModule by itself,
 * which is what lets {@code Roadmap} be a return value and a request body.
 */
@RestController
public class RoadmapController {
  // tag::example[]
  /** The published edition 2.0, written by Boot's JsonMapper through CepJsonModule. */
  @GetMapping("/roadmaps/2.0")
  public Roadmap edition() {
    return RoadmapEditions.edition2_0();
  }

  /**
   * The validation report of the posted document, the JSON of {@code cep validate --format json};
   * a document that cannot be read, or has error findings, gets problem details (400, 422).
   */
  @PostMapping("/roadmaps/validate")
  public ResponseEntity<String> validate(@RequestBody byte[] document) {
    DocumentReport report = DocumentReport.check("request", document,
        RoadmapCodec.strict(), Validator.standard());
    return report.toProblem().map(RoadmapController::problem)
        .orElseGet(() -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
            .body(DocumentReport.toJson(List.of(report))));
  }

  private static ResponseEntity<String> problem(ProblemDetails problem) {
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.toJson());
  }
  // end::example[]

  /** The dashboard of the published edition 2.0 with its findings, drawn by cep-render. */
  @GetMapping(value = "/roadmaps/2.0/dashboard", produces = MediaType.TEXT_HTML_VALUE)
  public String dashboard() {
    Roadmap edition = RoadmapEditions.edition2_0();
    return HtmlPage.render(edition, Validator.standard().validate(edition).findings(),
        Optional.empty());
  }

  /** A roadmap inside a larger document, read by Boot's JsonMapper through CepJsonModule. */
  public record Submission(@Nullable String note, Roadmap roadmap) {}

  /** Accepts a submission and says what it holds. */
  @PostMapping("/roadmaps/submissions")
  public Map<String, Object> submit(@RequestBody Submission submission) {
    return Map.of("id", submission.roadmap().id(),
        "pathways", submission.roadmap().pathways().size());
  }

  /** A body CepJsonModule could not read: problem details with the absolute pointer. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
    return ProblemDetails.causedBy(e).map(RoadmapController::problem).orElseThrow(() -> e);
  }
}
