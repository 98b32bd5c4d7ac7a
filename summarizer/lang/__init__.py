"""Language helpers shared by the stages: sentences, words, figures, names, claims."""
