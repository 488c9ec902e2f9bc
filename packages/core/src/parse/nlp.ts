import nlp from "compromise";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

/** The wink-nlp instance, loaded once per process (loading the model takes ~100 ms). */
export function getWink(): Wink {
  wink ??= winkNLP(model);
  return wink;
}

export { nlp as compromise };
