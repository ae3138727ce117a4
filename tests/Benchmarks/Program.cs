using Leitmotif.Benchmarks;

// Speed and memory figures for docs/benchmarks.md. Each benchmark runs in its own process so that peak memory is its own:
//   dotnet run -c Release --project tests/Benchmarks -- cens-index [minutes] [sampleRate] [channels]
//   dotnet run -c Release --project tests/Benchmarks -- match [hours] [themeSeconds]
return args.FirstOrDefault() switch
{
    "cens-index" => CensIndexingBenchmark.Run(args.Skip(1).ToArray()),
    "match" => MatchingBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Leitmotif.Benchmarks cens-index [minutes=60] [sampleRate=22050] [channels=1] | match [hours=10] [themeSeconds=10]");
    return 2;
}
