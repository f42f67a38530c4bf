// Argdown's own parser (@argdown/core) with the plugins the checks need: the model of statements,
// arguments, relations and sections that check_argdown.mjs and check_argdown_import.mjs compare with.
import argdownCore from "@argdown/core";

const { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } = argdownCore;

export function parseArgdown(text) {
  const argdown = new ArgdownApplication();
  argdown.addPlugin(new ParserPlugin(), "parse-input");
  argdown.addPlugin(new DataPlugin(), "build-model");
  argdown.addPlugin(new ModelPlugin(), "build-model");
  return argdown.run({ input: text, process: ["parse-input", "build-model"], logLevel: "error" });
}
