using Leitmotif.Benchmarks;
using Leitmotif.Core.Model;

// Speed and memory figures for docs/benchmarks.md. Each benchmark runs in its own process so that peak memory is its own:
//   dotnet run -c Release --project tests/Benchmarks -- cens-index [minutes] [sampleRate] [channels]
//   dotnet run -c Release --project tests/Benchmarks -- decode [minutes]
//   dotnet run -c Release --project tests/Benchmarks -- match [hours] [themeSeconds]
//   dotnet run -c Release --project tests/Benchmarks -- match-kernel [repetitions] [case prefix]
//   dotnet run -c Release --project tests/Benchmarks -- deep-chroma [minutes] [modelsDir] [chunkFrames] [chunksPerBatch]
//   dotnet run -c Release --project tests/Benchmarks -- native-memory [inferences] [modelsDir]
//   dotnet run -c Release --project tests/Benchmarks -- train <pairs.jsonl> ctc|linear|strong [pairsPerFold]
//   dotnet run -c Release --project tests/Benchmarks -- matching-study <corpus> <kind> <cacheFolder> [modelsDir]
//   dotnet run -c Release --project tests/Benchmarks -- collection <folder> <recordings> <seconds> <themes>   (for scale.sh)
// Like the leitmotif command and the silo, each keeps freed native memory for reuse (NativeHeap), unless the first argument
// is --glibc-heap, which leaves glibc's defaults for a side-by-side measurement.
if (args.FirstOrDefault() == "--glibc-heap") args = args[1..];
else NativeHeap.KeepFreedBlocks();
return args.FirstOrDefault() switch
{
    "cens-index" => CensIndexingBenchmark.Run(args.Skip(1).ToArray()),
    "decode" => DecodingBenchmark.Run(args.Skip(1).ToArray()),
    "match" => MatchingBenchmark.Run(args.Skip(1).ToArray()),
    "match-kernel" => MatchKernelBenchmark.Run(args.Skip(1).ToArray()),
    "deep-chroma" => DeepChromaBenchmark.Run(args.Skip(1).ToArray()),
    "native-memory" => DeepChromaBenchmark.NativeMemory(args.Skip(1).ToArray()),
    "train" => TrainingBenchmark.Run(args.Skip(1).ToArray()),
    "matching-study" => MatchingStudy.Run(args.Skip(1).ToArray()),
    "collection" => SyntheticCollection.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Leitmotif.Benchmarks [--glibc-heap] cens-index [minutes=60] [sampleRate=22050] [channels=1] | decode [minutes=60] | match [hours=10] [themeSeconds=10]"
                            + " | match-kernel [repetitions=3] [case prefix]"
                            + " | deep-chroma [minutes=10] [modelsDir] [chunkFrames=2000] [chunksPerBatch] | native-memory [inferences=300] [modelsDir]"
                            + " | train <pairs.jsonl> ctc|linear|strong [pairsPerFold=32] | matching-study <corpus> <kind> <cacheFolder> [modelsDir]"
                            + " | collection <folder> <recordings> <seconds> <themes>");
    return 2;
}
