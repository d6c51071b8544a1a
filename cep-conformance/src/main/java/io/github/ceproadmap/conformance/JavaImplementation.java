package io.github.ceproadmap.conformance;

import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;

/** This library, run in process, reporting through the report of {@code cep validate}. */
final class JavaImplementation implements Implementation {
  @Override
  public String name() {
    return "java";
  }

  @Override
  public Outcome run(ConformanceCase conformanceCase) {
    RoadmapCodec codec = conformanceCase.lenient() ? RoadmapCodec.lenient() : RoadmapCodec.strict();
    Validator.Builder validator = Validator.builder();
    conformanceCase.asOf().ifPresent(validator::asOf);
    DocumentReport report = DocumentReport.check(
        "-", conformanceCase.document(), codec, validator.build());
    return ReportReading.outcome(DocumentReport.toJson(List.of(report)));
  }
}
