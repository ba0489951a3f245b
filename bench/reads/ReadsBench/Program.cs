using Supervision.ReadsBench;

return args.FirstOrDefault() switch
{
    "seed" => await Seeding.MainAsync(args[1..]),
    "load" => await ReadLoad.MainAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine(Seeding.Usage);
    Console.Error.WriteLine(ReadLoad.Usage);
    return 2;
}
