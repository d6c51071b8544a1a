// Prints, for each case of the conformance manifest, whether Ajv (draft 2020-12) accepts its
// document under the document schema: one line "<case id> <true|false> <first error>".
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020").default;
const [schemaFile, suiteFolder] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
const manifest = JSON.parse(fs.readFileSync(path.join(suiteFolder, "manifest.json"), "utf8"));
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
for (const c of manifest.cases) {
  let verdict;
  let errors = [];
  try {
    const document = JSON.parse(decoder.decode(fs.readFileSync(path.join(suiteFolder, c.document))));
    verdict = validate(document);
    errors = (validate.errors || []).map((e) => e.keyword + " " + e.instancePath);
  } catch (e) {
    verdict = false;
    errors = ["not JSON"];
  }
  console.log(JSON.stringify({ id: c.id, valid: verdict, errors }));
}
