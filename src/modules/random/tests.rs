//! Expected values recorded from CPython 3.11.7's `random` module.

use num_bigint::BigInt;

use super::algorithms::*;
use super::seeding::*;
use super::*;

/// Parse a decimal big integer.
fn big(s: &str) -> BigInt {
    s.parse().expect("test literal")
}

/// A generator seeded like `random.seed(seed)`.
fn seeded(seed: Seed<'_>) -> Random {
    let mut r = Random::new();
    r.seed(&seed, 2).expect("seed");
    r
}

/// The standard battery of calls, compared with CPython's recorded values.
struct Expected {
    randoms: [f64; 3],
    bits1: u64,
    bits32: u64,
    bits100: &'static str,
    randints: [i64; 10],
    randrange_step7: i64,
    choices: [usize; 5],
    shuffled: [usize; 20],
    sample10: [usize; 10],
    sample5: [usize; 5],
    uniform: f64,
}

/// Run the battery on `r` and compare each step.
fn check_battery(mut r: Random, e: &Expected) {
    let mt = &mut r.mt;
    for want in e.randoms {
        assert_eq!(mt.random(), want);
    }
    assert_eq!(mt.getrandbits(1), BigInt::from(e.bits1));
    assert_eq!(mt.getrandbits(32), BigInt::from(e.bits32));
    assert_eq!(mt.getrandbits(100), big(e.bits100));
    for want in e.randints {
        assert_eq!(randint_i64(mt, 1, 100), Ok(want));
    }
    assert_eq!(randrange_i64(mt, 0, Some(100), 7), Ok(e.randrange_step7));
    for want in e.choices {
        assert_eq!(choice_index(mt, 10), Ok(want));
    }
    let mut list: Vec<usize> = (0..20).collect();
    shuffle(mt, &mut list);
    assert_eq!(list, e.shuffled);
    assert_eq!(sample_indices(mt, 100, 10).unwrap(), e.sample10);
    assert_eq!(sample_indices(mt, 5, 5).unwrap(), e.sample5);
    assert_eq!(uniform(mt, 1.0, 3.0), e.uniform);
}

#[test]
fn battery_seed_zero() {
    check_battery(
        seeded(Seed::Int(&big("0"))),
        &Expected {
            randoms: [0.8444218515250481, 0.7579544029403025, 0.420571580830845],
            bits1: 0,
            bits32: 4146640122,
            bits100: "1141276462758851372969594381922",
            randints: [39, 62, 46, 75, 28, 65, 18, 37, 18, 97],
            randrange_step7: 7,
            choices: [9, 4, 8, 9, 2],
            shuffled: [
                13, 11, 16, 0, 17, 4, 14, 7, 18, 19, 12, 6, 5, 1, 8, 15, 10, 2, 3, 9,
            ],
            sample10: [11, 92, 51, 90, 85, 80, 0, 78, 63, 42],
            sample5: [1, 2, 3, 0, 4],
            uniform: 2.8340379382298995,
        },
    );
}

#[test]
fn battery_seed_one() {
    check_battery(
        seeded(Seed::Int(&big("1"))),
        &Expected {
            randoms: [0.13436424411240122, 0.8474337369372327, 0.763774618976614],
            bits1: 0,
            bits32: 506456969,
            bits100: "590209488520255358040687302011",
            randints: [84, 49, 27, 13, 63, 4, 50, 56, 78, 98],
            randrange_step7: 84,
            choices: [0, 7, 4, 3, 9],
            shuffled: [
                5, 7, 2, 13, 9, 1, 4, 12, 11, 19, 14, 6, 15, 8, 18, 16, 17, 0, 10, 3,
            ],
            sample10: [44, 29, 86, 28, 97, 58, 37, 2, 53, 71],
            sample5: [0, 1, 2, 3, 4],
            uniform: 2.4862933208449958,
        },
    );
}

#[test]
fn battery_seed_forty_two() {
    check_battery(
        seeded(Seed::Int(&big("42"))),
        &Expected {
            randoms: [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
            ],
            bits1: 0,
            bits32: 599310825,
            bits100: "925123444424254823561077285033",
            randints: [70, 12, 76, 55, 5, 4, 12, 28, 30, 65],
            randrange_step7: 63,
            choices: [0, 8, 3, 8, 6],
            shuffled: [
                18, 17, 19, 10, 13, 9, 16, 1, 12, 3, 2, 4, 15, 6, 11, 5, 0, 8, 14, 7,
            ],
            sample10: [5, 93, 58, 68, 15, 48, 10, 70, 37, 80],
            sample5: [4, 2, 3, 0, 1],
            uniform: 1.0916487673113244,
        },
    );
}

#[test]
fn battery_seed_n12345() {
    check_battery(
        seeded(Seed::Int(&big("12345"))),
        &Expected {
            randoms: [
                0.41661987254534116,
                0.010169169457068361,
                0.8252065092537432,
            ],
            bits1: 0,
            bits32: 3672791226,
            bits100: "332256083118531044858259323495",
            randints: [73, 56, 21, 48, 16, 56, 34, 72, 81, 23],
            randrange_step7: 63,
            choices: [8, 2, 5, 1, 8],
            shuffled: [
                12, 6, 9, 19, 15, 8, 2, 7, 0, 10, 17, 14, 1, 11, 3, 4, 5, 16, 18, 13,
            ],
            sample10: [84, 20, 98, 74, 22, 36, 12, 83, 53, 13],
            sample5: [4, 1, 2, 3, 0],
            uniform: 2.920340694838726,
        },
    );
}

#[test]
fn battery_seed_minus_seven() {
    check_battery(
        seeded(Seed::Int(&big("-7"))),
        &Expected {
            randoms: [0.32383276483316237, 0.15084917392450192, 0.6509344730398537],
            bits1: 0,
            bits32: 3527346212,
            bits100: "742026323667635606410750824491",
            randints: [8, 65, 28, 5, 12, 56, 54, 9, 31, 12],
            randrange_step7: 56,
            choices: [6, 0, 9, 1, 3],
            shuffled: [
                3, 5, 14, 15, 10, 9, 11, 16, 13, 17, 6, 4, 2, 8, 0, 7, 19, 12, 1, 18,
            ],
            sample10: [47, 12, 70, 91, 8, 72, 7, 79, 26, 63],
            sample5: [4, 3, 1, 2, 0],
            uniform: 1.7231647118891327,
        },
    );
}

#[test]
fn battery_seed_two_pow_100() {
    check_battery(
        seeded(Seed::Int(&big("1267650600228229401496703205376"))),
        &Expected {
            randoms: [0.7586581712996778, 0.22562004686918613, 0.9800682106697105],
            bits1: 0,
            bits32: 3077663165,
            bits100: "1089274819322778308632348657970",
            randints: [48, 49, 17, 89, 58, 17, 69, 84, 84, 44],
            randrange_step7: 70,
            choices: [8, 3, 1, 2, 7],
            shuffled: [
                12, 3, 5, 0, 18, 1, 4, 8, 6, 16, 19, 17, 2, 14, 9, 7, 15, 13, 10, 11,
            ],
            sample10: [75, 14, 91, 99, 16, 43, 51, 19, 39, 50],
            sample5: [4, 2, 1, 0, 3],
            uniform: 1.5477813614250955,
        },
    );
}

#[test]
fn battery_seed_str_hello() {
    check_battery(
        seeded(Seed::Str("hello")),
        &Expected {
            randoms: [0.3537754404730722, 0.6631985810268619, 0.5476053663383964],
            bits1: 0,
            bits32: 1523350655,
            bits100: "821717603841497105634323334247",
            randints: [83, 21, 22, 7, 33, 26, 69, 49, 95, 19],
            randrange_step7: 14,
            choices: [8, 5, 7, 9, 4],
            shuffled: [
                14, 19, 10, 12, 18, 4, 11, 6, 15, 3, 13, 7, 1, 16, 17, 8, 9, 2, 0, 5,
            ],
            sample10: [62, 49, 3, 47, 73, 54, 50, 11, 90, 29],
            sample5: [4, 1, 0, 2, 3],
            uniform: 2.0908832809230997,
        },
    );
}

#[test]
fn battery_seed_bytes_abc() {
    check_battery(
        seeded(Seed::Bytes(b"abc")),
        &Expected {
            randoms: [0.7720246314157545, 0.5581691373899791, 0.7095325359498886],
            bits1: 0,
            bits32: 4110710813,
            bits100: "468162518648966170071577349708",
            randints: [21, 35, 8, 28, 10, 86, 84, 2, 89, 85],
            randrange_step7: 77,
            choices: [0, 1, 5, 4, 1],
            shuffled: [
                18, 14, 3, 4, 10, 2, 8, 16, 9, 6, 5, 0, 7, 15, 1, 13, 11, 19, 17, 12,
            ],
            sample10: [84, 55, 40, 57, 0, 90, 2, 30, 13, 83],
            sample5: [1, 2, 4, 0, 3],
            uniform: 1.8274006082602525,
        },
    );
}

#[test]
fn battery_seed_str_unicode() {
    check_battery(
        seeded(Seed::Str("héllo ☃")),
        &Expected {
            randoms: [0.7946797157550272, 0.8315429160352158, 0.6090566675644151],
            bits1: 1,
            bits32: 1853197508,
            bits100: "370483876805798937829753088748",
            randints: [97, 92, 53, 77, 66, 13, 92, 70, 58, 35],
            randrange_step7: 70,
            choices: [6, 2, 6, 2, 0],
            shuffled: [
                4, 0, 5, 2, 18, 16, 1, 7, 6, 12, 17, 14, 19, 10, 8, 13, 3, 15, 11, 9,
            ],
            sample10: [9, 20, 67, 48, 88, 8, 5, 68, 96, 70],
            sample5: [3, 1, 0, 2, 4],
            uniform: 1.783610758849905,
        },
    );
}

#[test]
fn battery_seed_bytearray_xyz() {
    check_battery(
        seeded(Seed::ByteArray(b"xyz")),
        &Expected {
            randoms: [0.9371584003394712, 0.3364605180664504, 0.25349560565926166],
            bits1: 1,
            bits32: 2035856162,
            bits100: "991059881151379135879525996438",
            randints: [54, 40, 49, 86, 64, 43, 57, 33, 26, 79],
            randrange_step7: 7,
            choices: [4, 7, 2, 7, 4],
            shuffled: [
                12, 18, 3, 4, 16, 0, 6, 2, 1, 5, 10, 13, 8, 15, 9, 7, 19, 11, 14, 17,
            ],
            sample10: [58, 81, 94, 22, 18, 61, 89, 65, 33, 49],
            sample5: [2, 1, 3, 0, 4],
            uniform: 2.1693733777749094,
        },
    );
}

#[test]
fn battery_seed_empty_str() {
    check_battery(
        seeded(Seed::Str("")),
        &Expected {
            randoms: [0.9602256525641875, 0.595411957851699, 0.3880117152955401],
            bits1: 1,
            bits32: 3233484678,
            bits100: "977948358216650600155852603471",
            randints: [80, 1, 77, 81, 42, 47, 7, 59, 50, 40],
            randrange_step7: 21,
            choices: [2, 8, 4, 6, 0],
            shuffled: [
                18, 13, 1, 4, 11, 2, 8, 0, 16, 9, 17, 3, 15, 12, 14, 5, 19, 6, 10, 7,
            ],
            sample10: [20, 5, 30, 82, 32, 87, 40, 52, 89, 80],
            sample5: [0, 2, 4, 1, 3],
            uniform: 2.9384697557001527,
        },
    );
}

#[test]
fn float_seeds_use_their_hash() {
    assert_eq!(
        seeded(Seed::Hash(1152921504606846977)).mt.random(),
        0.551763726942059
    );
    assert_eq!(
        seeded(Seed::Hash(-1152921504606846977)).mt.random(),
        0.7101153317194698
    );
    assert_eq!(seeded(Seed::Hash(2)).mt.random(), 0.9560342718892494);
    assert_eq!(
        seeded(Seed::Hash(2)).mt.random(),
        seeded(Seed::Int(&BigInt::from(2))).mt.random()
    );
}

#[test]
fn version_one_string_seeds() {
    let mut r = Random::new();
    for (text, want) in [
        ("hello", 0.8180391270568783),
        ("", 0.8444218515250481),
        ("é☃x", 0.6081849295402066),
    ] {
        r.seed(&Seed::Str(text), 1).unwrap();
        assert_eq!(r.mt.random(), want);
    }
    r.seed(&Seed::Bytes(b"\xffab"), 1).unwrap();
    assert_eq!(r.mt.random(), 0.10095673399551686);
    let err = r.seed(&Seed::ByteArray(b"ab"), 1).unwrap_err();
    assert_eq!(
        err,
        RandomError::Type("unhashable type: 'bytearray'".into())
    );
}

#[test]
fn sample_both_strategies() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(7))).mt;
    assert_eq!(
        sample_indices(mt, 10000, 50).unwrap(),
        [
            5305, 2471, 6468, 791, 1186, 8779, 1542, 5991, 9548, 950, 8313, 3517, 614, 1408, 7104,
            6851, 1144, 3943, 1486, 9028, 6955, 968, 9264, 2028, 3657, 9551, 1013, 9455, 9593,
            6499, 812, 3622, 763, 9120, 2181, 4744, 6867, 2363, 8858, 1929, 9353, 5054, 9179, 2961,
            1688, 9528, 9358, 3078, 6101, 1596
        ]
    );
    assert_eq!(
        sample_indices(mt, 1000, 300).unwrap(),
        [
            560, 729, 64, 577, 61, 633, 210, 508, 696, 544, 437, 795, 321, 476, 599, 945, 464, 370,
            306, 254, 813, 184, 715, 798, 249, 83, 588, 307, 537, 506, 896, 351, 746, 459, 294,
            623, 74, 120, 524, 428, 168, 775, 350, 155, 955, 500, 431, 40, 684, 79, 782, 571, 586,
            808, 969, 837, 987, 348, 711, 358, 608, 992, 593, 816, 467, 70, 860, 95, 276, 485, 713,
            680, 66, 62, 748, 718, 317, 662, 591, 697, 841, 456, 291, 733, 395, 908, 951, 355, 23,
            472, 363, 172, 625, 119, 505, 60, 223, 786, 965, 132, 756, 253, 407, 400, 892, 938, 82,
            170, 966, 411, 562, 284, 140, 838, 440, 884, 563, 285, 723, 425, 367, 699, 389, 236,
            154, 84, 180, 875, 237, 674, 238, 12, 496, 851, 603, 186, 269, 288, 4, 149, 429, 547,
            378, 624, 579, 326, 128, 707, 527, 632, 670, 692, 757, 55, 935, 976, 991, 817, 572,
            401, 897, 408, 403, 106, 493, 649, 410, 63, 195, 68, 213, 451, 166, 112, 942, 615, 53,
            104, 0, 580, 872, 549, 103, 372, 628, 26, 72, 212, 815, 385, 152, 834, 258, 912, 616,
            936, 930, 125, 118, 499, 477, 491, 495, 319, 87, 147, 822, 767, 957, 758, 271, 490,
            708, 165, 528, 911, 993, 540, 982, 150, 706, 556, 27, 776, 949, 305, 658, 93, 712, 267,
            530, 375, 171, 364, 228, 545, 554, 514, 337, 651, 765, 627, 199, 245, 833, 232, 204,
            769, 504, 766, 925, 29, 28, 286, 483, 265, 198, 709, 619, 352, 457, 357, 373, 893, 225,
            793, 754, 481, 201, 345, 209, 494, 639, 856, 1, 788, 668, 740, 773, 86, 676, 122, 397,
            753, 489, 182, 444, 760, 340, 88, 405, 474, 890, 720, 162, 174, 130, 747, 819, 604
        ]
    );
    assert_eq!(sample_indices(mt, 30, 6).unwrap(), [28, 14, 25, 20, 4, 19]);
    assert_eq!(sample_indices(mt, 46, 6).unwrap(), [38, 30, 42, 22, 9, 35]);
    assert_eq!(sample_indices(mt, 21, 3).unwrap(), [17, 4, 0]);
    assert_eq!(sample_indices(mt, 22, 3).unwrap(), [0, 20, 3]);
    assert_eq!(sample_indices(mt, 0, 0).unwrap(), Vec::<usize>::new());
    assert_eq!(
        sample_indices(mt, 1_000_000, 3).unwrap(),
        [552160, 785903, 978976]
    );
    assert_eq!(mt.random(), 0.13925072873986832);
}

#[test]
fn sample_with_counts() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(11))).mt;
    let abc = |idx: Vec<usize>| {
        idx.into_iter()
            .map(|i| ["a", "b", "c"][i])
            .collect::<Vec<_>>()
    };
    assert_eq!(
        abc(sample_counts_indices(mt, 3, &[3, 0, 2], 4).unwrap()),
        ["c", "c", "a", "a"]
    );
    assert_eq!(
        abc(sample_counts_indices(mt, 3, &[5, -2, 4], 7).unwrap()),
        ["a", "c", "c", "c", "a", "c", "a"]
    );
}

#[test]
fn randrange_wide_and_negative() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(2024))).mt;
    let one = BigInt::from(1);
    assert_eq!(
        randrange(mt, &big("1180591620717411303424"), None, &one).unwrap(),
        big("466771825418059050556")
    );
    assert_eq!(
        randrange(
            mt,
            &big("-1208925819614629174706176"),
            Some(&big("1208925819614629174706176")),
            &BigInt::from(3)
        )
        .unwrap(),
        big("278382960808687448485874")
    );
    assert_eq!(randrange_i64(mt, 100, Some(-100), -9), Ok(-98));
    assert_eq!(
        randrange(
            mt,
            &BigInt::from(10),
            Some(&BigInt::from(0)),
            &BigInt::from(-1)
        )
        .unwrap(),
        BigInt::from(6)
    );
    assert_eq!(
        randint(mt, &BigInt::from(-5), &BigInt::from(5)).unwrap(),
        BigInt::from(3)
    );
    assert_eq!(randrange_i64(mt, 5, None, 1), Ok(1));
    assert_eq!(
        randint_i64(mt, i64::MIN, i64::MAX),
        Ok(-2690045118944072217)
    );
    assert_eq!(
        randint(mt, &BigInt::from(i64::MIN), &BigInt::from(i64::MAX)).unwrap(),
        BigInt::from(-5199636345276364944i64)
    );
    assert_eq!(
        randrange(mt, &big("18446744073709551615"), None, &one).unwrap(),
        big("12987610673100394596")
    );
    assert_eq!(
        randrange(mt, &big("18446744073709551617"), None, &one).unwrap(),
        big("9580329909864793253")
    );
    assert_eq!(mt.getrandbits(64), big("14284678560935995910"));
    assert_eq!(mt.getrandbits(65), big("15995237373204622353"));
    assert_eq!(mt.getrandbits(33), big("7255155588"));
    assert_eq!(
        getrandbits(mt, &BigInt::from(257)).unwrap(),
        big("132972324192292207117752093714079620201939274479635670289146076133390673363359")
    );
}

#[test]
fn choices_plain_and_weighted() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(99))).mt;
    assert_eq!(choices_indices(mt, 7, 6).unwrap(), [2, 1, 1, 1, 5, 1]);
    assert_eq!(
        choices_weighted_indices(mt, 4, Some(&[1.0, 0.0, 2.5, 3.0]), None, 8).unwrap(),
        [2, 3, 3, 3, 2, 2, 3, 2]
    );
    assert_eq!(
        choices_weighted_indices(mt, 4, None, Some(&[1.0, 1.0, 3.5, 6.5]), 8).unwrap(),
        [3, 2, 2, 3, 0, 3, 3, 2]
    );
    assert_eq!(
        choices_weighted_indices(mt, 3, Some(&[0.1, 0.2, 0.3]), None, 5).unwrap(),
        [2, 2, 2, 1, 1]
    );
    assert_eq!(choices_indices(mt, 5, 1).unwrap(), [1]);
}

#[test]
fn gauss_and_normalvariate() {
    let mut r = seeded(Seed::Int(&BigInt::from(3)));
    for want in [0.09470803828730423, 1.2500243810835503, -0.931378367720707] {
        assert_eq!(gauss(&mut r, 0.0, 1.0), want);
    }
    assert_eq!(gauss(&mut r, 10.0, 2.0), 11.98475456103848);
    for want in [0.2308007850995592, -0.5391818790332351, 1.102286832953886] {
        assert_eq!(normalvariate(&mut r.mt, 0.0, 1.0), want);
    }
    assert_eq!(normalvariate(&mut r.mt, 5.0, 0.5), 5.1404402344020905);
    assert_eq!(gauss(&mut r, 0.0, 1.0), -1.3322831645911484);
}

#[test]
fn randbytes_little_endian() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(5))).mt;
    for want in [
        &[][..],
        &[159][..],
        &[57, 216, 100, 65, 189][..],
        &[188, 251, 200, 91, 55, 206, 145, 203, 222, 31, 193, 176, 241][..],
    ] {
        assert_eq!(randbytes(mt, &BigInt::from(want.len())).unwrap(), want);
    }
}

#[test]
fn getstate_matches() {
    let mut r = seeded(Seed::Int(&BigInt::from(42)));
    r.mt.random();
    let (version, words, gauss_next) = r.getstate();
    assert_eq!(version, 3);
    assert_eq!(words.len(), 625);
    assert_eq!(&words[..4], &[2468570525, 44967195, 2667364560, 2449893699]);
    assert_eq!(words[624], 2);
    assert_eq!(
        words.iter().map(|&w| w as u128).sum::<u128>(),
        1301783031769
    );
    assert_eq!(gauss_next, None);
}

#[test]
fn seed_keys() {
    assert_eq!(int_key(&BigInt::from(0)), vec![0]);
    assert_eq!(int_key(&big("-1099511627779")), vec![3, 256]);
    assert_eq!(hash_key(-1), vec![u32::MAX, u32::MAX]);
    assert_eq!(
        bytes_to_int_v2(b"abc"),
        big(
            "85571041817067873992041138347641016354456918831916673741293400749085379359116291718050987976247409749763027896156521255865258153487064776821535988569281374495903"
        )
    );
}

/// Shorthand for a `ValueError`.
fn value_err(message: &str) -> RandomError {
    RandomError::Value(message.into())
}

#[test]
fn randrange_errors() {
    let mt = &mut Mt19937::new(1);
    let b = |v: i64| BigInt::from(v);
    let one = b(1);
    assert_eq!(
        randrange(mt, &b(0), None, &one),
        Err(value_err("empty range for randrange()"))
    );
    assert_eq!(
        randrange(mt, &b(-3), None, &one),
        Err(value_err("empty range for randrange()"))
    );
    assert_eq!(
        randrange(mt, &b(0), Some(&b(0)), &one),
        Err(value_err("empty range for randrange() (0, 0, 0)"))
    );
    assert_eq!(
        randrange(mt, &b(10), Some(&b(0)), &one),
        Err(value_err("empty range for randrange() (10, 0, -10)"))
    );
    assert_eq!(
        randrange(mt, &b(0), Some(&b(10)), &b(0)),
        Err(value_err("zero step for randrange()"))
    );
    assert_eq!(
        randrange(mt, &b(0), Some(&b(10)), &b(-1)),
        Err(value_err("empty range for randrange()"))
    );
    assert_eq!(
        randrange(mt, &b(1), None, &b(2)),
        Err(RandomError::Type("Missing a non-None stop argument".into()))
    );
    assert_eq!(
        randint(mt, &b(5), &b(1)),
        Err(value_err("empty range for randrange() (5, 2, -3)"))
    );
    assert_eq!(
        randint_i64(mt, 5, 1),
        Err(value_err("empty range for randrange() (5, 2, -3)"))
    );
    assert_eq!(
        randrange_i64(mt, 0, Some(0), 1),
        Err(value_err("empty range for randrange() (0, 0, 0)"))
    );
    assert_eq!(
        randrange_i64(mt, 0, Some(10), 0),
        Err(value_err("zero step for randrange()"))
    );
    assert_eq!(
        randrange_i64(mt, 0, None, 1),
        Err(value_err("empty range for randrange()"))
    );
    assert_eq!(
        randrange_i64(mt, 1, None, 2),
        Err(RandomError::Type("Missing a non-None stop argument".into()))
    );
    assert_eq!(
        randrange_non_integer(RangeArg::Start),
        value_err("non-integer arg 1 for randrange()")
    );
    assert_eq!(
        randrange_non_integer(RangeArg::Stop),
        value_err("non-integer stop for randrange()")
    );
    assert_eq!(
        randrange_non_integer(RangeArg::Step),
        value_err("non-integer step for randrange()")
    );
}

#[test]
fn big_and_small_randrange_agree() {
    let mut a = Mt19937::new(77);
    let mut b = a.clone();
    for (start, stop, step) in [
        (0, 10, 1),
        (-50, 50, 3),
        (100, -100, -7),
        (5, 6, 1),
        (0, 1 << 40, 1),
    ] {
        for _ in 0..20 {
            let small = randrange_i64(&mut a, start, Some(stop), step).unwrap();
            let wide = randrange(&mut b, &start.into(), Some(&stop.into()), &step.into()).unwrap();
            assert_eq!(BigInt::from(small), wide);
        }
    }
}

#[test]
fn getrandbits_errors_and_zero() {
    let mt = &mut Mt19937::new(1);
    assert_eq!(
        getrandbits(mt, &BigInt::from(-1)),
        Err(value_err("number of bits must be non-negative"))
    );
    let overflow = RandomError::Overflow("Python int too large to convert to C int".into());
    assert_eq!(
        getrandbits(mt, &BigInt::from(1u64 << 31)),
        Err(overflow.clone())
    );
    assert_eq!(
        getrandbits(mt, &BigInt::from(-(1i64 << 40))),
        Err(overflow.clone())
    );
    assert_eq!(randbytes(mt, &BigInt::from(1 << 28)), Err(overflow));
    assert_eq!(
        randbytes(mt, &BigInt::from(-1)),
        Err(value_err("number of bits must be non-negative"))
    );
    let before = mt.clone().next_u32();
    assert_eq!(getrandbits(mt, &BigInt::from(0)), Ok(BigInt::from(0)));
    assert_eq!(mt.next_u32(), before, "getrandbits(0) draws nothing");
}

#[test]
fn sequence_errors_and_empty_inputs() {
    let mt = &mut Mt19937::new(1);
    assert_eq!(
        choice_index(mt, 0),
        Err(RandomError::Index(
            "Cannot choose from an empty sequence".into()
        ))
    );
    let too_many = value_err("Sample larger than population or is negative");
    assert_eq!(sample_indices(mt, 5, 6), Err(too_many.clone()));
    assert_eq!(sample_indices(mt, 5, -1), Err(too_many));
    assert!(shuffle_swaps(mt, 0).is_empty());
    assert!(shuffle_swaps(mt, 1).is_empty());
    let mut empty: [u8; 0] = [];
    shuffle(mt, &mut empty);
    assert_eq!(randbelow_u64(mt, 0), 0);
    assert_eq!(randbelow(mt, &BigInt::from(-4)), BigInt::from(0));
    assert_eq!(choices_indices(mt, 0, 0), Ok(vec![]));
    assert_eq!(choices_indices(mt, 3, -2), Ok(vec![]));
    let index_err = RandomError::Index("list index out of range".into());
    assert_eq!(choices_indices(mt, 0, 2), Err(index_err.clone()));
    assert_eq!(
        choices_weighted_indices(mt, 0, Some(&[]), None, 2),
        Err(index_err)
    );
    assert_eq!(bisect_right::<f64>(&[], &1.0, 3, 9), 0);
    assert_eq!(bisect_right(&[1.0, 2.0, 2.0, 3.0], &2.0, 0, 4), 3);
}

#[test]
fn shuffle_swaps_match_in_place_shuffle() {
    let mut a = Mt19937::new(9);
    let mut b = a.clone();
    let mut direct: Vec<usize> = (0..30).collect();
    shuffle(&mut a, &mut direct);
    let mut replayed: Vec<usize> = (0..30).collect();
    for (i, j) in shuffle_swaps(&mut b, 30) {
        replayed.swap(i, j);
    }
    assert_eq!(direct, replayed);
}

#[test]
fn choices_and_counts_errors() {
    let mt = &mut Mt19937::new(1);
    assert_eq!(
        choices_weighted_indices(mt, 2, Some(&[1.0, 1.0]), Some(&[1.0, 2.0]), 1),
        Err(RandomError::Type(
            "Cannot specify both weights and cumulative weights".into()
        ))
    );
    assert_eq!(
        choices_weighted_indices(mt, 3, Some(&[1.0, 1.0]), None, 1),
        Err(value_err(
            "The number of weights does not match the population"
        ))
    );
    assert_eq!(
        choices_weighted_indices(mt, 2, Some(&[0.0, 0.0]), None, 1),
        Err(value_err("Total of weights must be greater than zero"))
    );
    assert_eq!(
        choices_weighted_indices(mt, 2, Some(&[1.0, f64::INFINITY]), None, 1),
        Err(value_err("Total of weights must be finite"))
    );
    assert_eq!(
        choices_weighted_indices(mt, 1, Some(&[f64::NAN]), None, 1),
        Err(value_err("Total of weights must be finite"))
    );
    assert_eq!(
        sample_counts_indices(mt, 2, &[1], 1),
        Err(value_err(
            "The number of counts does not match the population"
        ))
    );
    assert_eq!(
        sample_counts_indices(mt, 2, &[1, -1], 1),
        Err(value_err("Total of counts must be greater than zero"))
    );
    assert_eq!(
        sample_counts_indices(mt, 0, &[], 0),
        Err(RandomError::Index("pop from empty list".into()))
    );
}

#[test]
fn setstate_round_trip_and_errors() {
    let mut r = seeded(Seed::Int(&BigInt::from(5)));
    r.mt.random();
    let (version, words, _) = r.getstate();
    let saved: Vec<BigInt> = words.iter().map(|&w| BigInt::from(w)).collect();
    let first = r.mt.random();
    r.setstate(version, &saved, Some(0.25)).unwrap();
    assert_eq!(r.mt.random(), first);
    assert_eq!(r.gauss_next, Some(0.25));

    let mut bad = saved.clone();
    bad.pop();
    assert_eq!(
        r.setstate(3, &bad, None),
        Err(value_err("state vector is the wrong size"))
    );
    let mut bad = saved.clone();
    bad[624] = BigInt::from(625);
    assert_eq!(r.setstate(3, &bad, None), Err(value_err("invalid state")));
    bad[624] = BigInt::from(-1);
    assert_eq!(r.setstate(3, &bad, None), Err(value_err("invalid state")));
    bad[624] = BigInt::from(1u64 << 63);
    assert_eq!(
        r.setstate(3, &bad, None),
        Err(RandomError::Overflow(
            "Python int too large to convert to C long".into()
        ))
    );
    let mut bad = saved.clone();
    bad[3] = BigInt::from(-1);
    assert_eq!(
        r.setstate(3, &bad, None),
        Err(RandomError::Overflow(
            "can't convert negative value to unsigned int".into()
        ))
    );
    bad[3] = big("18446744073709551616");
    assert_eq!(
        r.setstate(3, &bad, None),
        Err(RandomError::Overflow(
            "Python int too large to convert to C unsigned long".into()
        ))
    );
    assert_eq!(
        r.setstate(1, &saved, None),
        Err(value_err(
            "state with version 1 passed to Random.setstate() of version 3"
        ))
    );
    // Failed imports leave the generator as it was.
    r.setstate(3, &saved, None).unwrap();
    assert_eq!(r.mt.random(), first);
}

#[test]
fn setstate_truncates_and_accepts_version_two() {
    let mut words: Vec<BigInt> = vec![BigInt::from((1u64 << 32) + 5); 624];
    words.push(BigInt::from(0));
    let mut r = Random::new();
    r.setstate(3, &words, None).unwrap();
    assert_eq!(&r.getstate().1[..2], &[5, 5]);
    let mut negative: Vec<BigInt> = vec![BigInt::from(-1); 624];
    negative.push(BigInt::from(0));
    r.setstate(2, &negative, None).unwrap();
    assert_eq!(&r.getstate().1[..2], &[u64::from(u32::MAX); 2]);
    assert_eq!(r.mt.random(), 0.43701338348547647);
}

#[test]
fn seed_messages_and_entropy() {
    assert_eq!(
        UNSUPPORTED_SEED_TYPE,
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
    );
    assert_eq!(seed_key(&Seed::None, 2).unwrap().len(), 624);
    let mut a = Random::new();
    let mut b = Random::new();
    assert_ne!(
        (a.mt.next_u32(), a.mt.next_u32()),
        (b.mt.next_u32(), b.mt.next_u32())
    );
    assert_eq!(
        Mt19937::from_key(&[]).next_u32(),
        Mt19937::from_key(&[0]).next_u32()
    );
}

#[test]
fn seed_true_equals_seed_one() {
    let mut r = seeded(Seed::Int(&BigInt::from(1)));
    assert_eq!(r.mt.random(), 0.13436424411240122);
}

#[test]
fn unsorted_weights_and_counts_bisect_like_python() {
    let mt = &mut seeded(Seed::Int(&BigInt::from(31))).mt;
    let weights = [3.0, -2.0, 5.0, -1.0, 4.0, 2.0, -3.0, 6.0];
    assert_eq!(
        choices_weighted_indices(mt, 8, Some(&weights), None, 12).unwrap(),
        [0, 2, 4, 5, 2, 2, 2, 5, 2, 5, 5, 2]
    );
    let counts = [3, -2, 5, -1, 4, 2, -3, 6];
    assert_eq!(
        sample_counts_indices(mt, 8, &counts, 10).unwrap(),
        [4, 7, 4, 7, 4, 2, 2, 0, 5, 5]
    );
    let cum = [1.0, 5.0, 2.0, 7.0, 3.0, 9.0, 4.0, 10.0];
    assert_eq!(
        choices_weighted_indices(mt, 8, None, Some(&cum), 12).unwrap(),
        [1, 1, 1, 3, 1, 5, 1, 3, 0, 0, 1, 1]
    );
}

#[test]
fn keys_longer_than_the_state() {
    let n = num_traits::Pow::pow(BigInt::from(3), 20000u32);
    assert_eq!(seeded(Seed::Int(&n)).mt.random(), 0.11168673973821985);
    let text = "x".repeat(5000);
    assert_eq!(seeded(Seed::Str(&text)).mt.random(), 0.5761835444429939);
    assert_eq!(
        seeded(Seed::Int(&big("-4294967296"))).mt.random(),
        0.11299430095636409
    );
}

#[test]
fn with_seed_matches_seed() {
    let mut a = Random::with_seed(&Seed::Str("hello"));
    let mut b = seeded(Seed::Str("hello"));
    assert_eq!(a.mt.random(), b.mt.random());
}
