namespace Leitmotif.Core.Model;

/// <summary>How <see cref="ChromaModel"/> cuts a recording into chunks; the result does not depend on these.</summary>
/// <param name="ChunkFrames">Output frames per chunk (1,000 frames = 40 s at 25 frames/s: on a 2-core Xeon with AMX, bf16 ran at 387–428× real time in chunks of 1,000
/// frames, 299–331× in chunks of 2,000 and 221–226× in chunks of 4,000; fp32 changed little). Each chunk's input is
/// widened by <see cref="ChromaNetwork.ReceptiveFieldRadius"/> real frames on each side. Must be at least 1.</param>
/// <param name="ChunksPerBatch">Chunks stacked into one forward pass; <c>null</c> chooses 1 on the CPU (a chunk already
/// keeps every core busy and batching only multiplies memory) and 8 on CUDA. Must be at least 1 when given.</param>
/// <remarks>The receptive field of ±5 frames follows from the five 3-frame convolutions of Zalkow &amp; Müller 2020,
/// Fig. 2.</remarks>
public sealed record ChromaInferenceOptions(int ChunkFrames = 1000, int? ChunksPerBatch = null);
