/**
 * The Jingdu pipeline on Apache Beam: {@link io.github.jingdu.beam.JingduPipeline} and its
 * options, {@link io.github.jingdu.beam.JingduOptions}. An example over jingdu-core's public API,
 * not a library (beam-example/README.md).
 */
@NullMarked
package io.github.jingdu.beam;

import org.jspecify.annotations.NullMarked;
