/**
 * Unit tests for test/conformance/mallocstats.ts on real `sys._debugmallocstats()` output.
 *
 * The fixtures are verbatim stderr captured from CPython 3.11.7, 3.12.1 and 3.13.0 running:
 *
 *     import gc, sys
 *     gc.collect()
 *     sys._debugmallocstats()
 *     x = [[] for _ in range(1000)]
 *     f = [0.5 * i for i in range(1, 201)]
 *     sys._debugmallocstats()
 *     del x, f
 *     sys._debugmallocstats()
 *
 * so between reports 1 and 2: +1002 blocks of 64 bytes (1000 lists, the two outer lists), +200 of 32 (floats);
 * between 2 and 3: 922 lists and 100 floats back to pymalloc, 80 lists and 100 floats kept on freelists.
 */
import { describe, expect, it } from 'vitest';
import {
  diffMallocStats,
  formatMallocStatsDeltas,
  mallocStatsDeltas,
  parseMallocStats,
  splitMallocStatsReports,
} from '../conformance/mallocstats';

const CAPTURE_3_11 = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1             107           914
    1     32           3            1149           381
    2     48          13            4236           184
    3     64          50           12561           189
    4     80          37            7477            71
    5     96           9            1519            11
    6    112           6             723           147
    7    128          10            1115           155
    8    144           3             258            81
    9    160          27            2682            72
   10    176           3             189            87
   11    192           3             212            43
   12    208           7             498            48
   13    224           7             464            40
   14    240           6             379            29
   15    256           5             267            48
   16    272           5             245            55
   17    288           4             191            33
   18    304           3             131            28
   19    320           3             102            51
   20    336           3             106            38
   21    352           2              88             4
   22    368           3              90            42
   23    384           2              71            13
   24    400           6             237             3
   25    416           2              64            14
   26    432           2              46            28
   27    448           2              41            31
   28    464           2              43            27
   29    480           2              37            31
   30    496           2              34            30
   31    512           2              50            12

# arenas allocated total           =                    4
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    4
# arenas allocated current         =                    4
4 arenas * 1048576 bytes/arena     =            4,194,304

# bytes in allocated blocks        =            3,481,392
# bytes in available blocks        =              341,088
19 unused pools * 16384 bytes      =              311,296
# bytes lost to pool headers       =               11,280
# bytes lost to quantization       =               16,480
# bytes lost to arena alignment    =               32,768
Total                              =            4,194,304

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1             107           914
    1     32           3            1349           181
    2     48          13            4236           184
    3     64          54           13563           207
    4     80          37            7477            71
    5     96           9            1519            11
    6    112           6             723           147
    7    128          10            1115           155
    8    144           3             258            81
    9    160          27            2682            72
   10    176           3             189            87
   11    192           3             212            43
   12    208           7             498            48
   13    224           7             464            40
   14    240           6             379            29
   15    256           5             267            48
   16    272           5             245            55
   17    288           4             191            33
   18    304           3             131            28
   19    320           3             102            51
   20    336           3             106            38
   21    352           2              88             4
   22    368           3              90            42
   23    384           2              71            13
   24    400           6             237             3
   25    416           2              64            14
   26    432           2              46            28
   27    448           2              41            31
   28    464           2              43            27
   29    480           2              37            31
   30    496           2              34            30
   31    512           2              50            12

# arenas allocated total           =                    4
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    4
# arenas allocated current         =                    4
4 arenas * 1048576 bytes/arena     =            4,194,304

# bytes in allocated blocks        =            3,551,920
# bytes in available blocks        =              335,840
15 unused pools * 16384 bytes      =              245,760
# bytes lost to pool headers       =               11,472
# bytes lost to quantization       =               16,544
# bytes lost to arena alignment    =               32,768
Total                              =            4,194,304

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1             107           914
    1     32           3            1249           281
    2     48          13            4236           184
    3     64          52           12641           619
    4     80          37            7477            71
    5     96           9            1519            11
    6    112           6             723           147
    7    128          10            1115           155
    8    144           3             258            81
    9    160          27            2682            72
   10    176           3             189            87
   11    192           3             212            43
   12    208           7             498            48
   13    224           7             464            40
   14    240           6             379            29
   15    256           5             267            48
   16    272           5             245            55
   17    288           4             191            33
   18    304           3             131            28
   19    320           3             102            51
   20    336           3             106            38
   21    352           2              88             4
   22    368           3              90            42
   23    384           2              71            13
   24    400           6             237             3
   25    416           2              64            14
   26    432           2              46            28
   27    448           2              41            31
   28    464           2              43            27
   29    480           2              37            31
   30    496           2              34            30
   31    512           2              50            12

# arenas allocated total           =                    4
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    4
# arenas allocated current         =                    4
4 arenas * 1048576 bytes/arena     =            4,194,304

# bytes in allocated blocks        =            3,489,712
# bytes in available blocks        =              365,408
17 unused pools * 16384 bytes      =              278,528
# bytes lost to pool headers       =               11,376
# bytes lost to quantization       =               16,512
# bytes lost to arena alignment    =               32,768
Total                              =            4,194,304

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
         100 free PyFloatObjects * 24 bytes each =                2,400
           80 free PyListObjects * 40 bytes each =                3,200
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
`;

const CAPTURE_3_12 = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           1             493            17
    2     48           5            1479           221
    3     64          13            3226            89
    4     80          15            2995            65
    5     96           1             145            25
    6    112           1              39           106
    7    128           2             239            15
    8    144           1              10           103
    9    160           7             630            84
   10    176           1              12            80
   11    192           1              12            73
   12    208           2             109            47
   13    224           2              90            54
   14    240           1              13            55
   15    256           1              19            44
   16    272           1              21            39
   17    288           1               5            51
   18    304           1               4            49
   19    320           1               2            49
   20    336           1               2            46
   21    352           1               5            41
   23    384           1               1            41
   24    400           3              86            34
   25    416           1               2            37
   26    432           1               2            35
   27    448           1               2            34
   28    464           1               5            30
   29    480           1               5            29
   30    496           1               1            31
   31    512           1              14            17

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =              800,832
# bytes in available blocks        =              369,600
54 unused pools * 16384 bytes      =              884,736
# bytes lost to pool headers       =                3,456
# bytes lost to quantization       =                5,760
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           2             693           327
    2     48           5            1479           221
    3     64          17            4228           107
    4     80          15            2995            65
    5     96           1             145            25
    6    112           1              39           106
    7    128           2             239            15
    8    144           1              10           103
    9    160           7             630            84
   10    176           1              12            80
   11    192           1              12            73
   12    208           2             109            47
   13    224           2              90            54
   14    240           1              13            55
   15    256           1              19            44
   16    272           1              21            39
   17    288           1               5            51
   18    304           1               4            49
   19    320           1               2            49
   20    336           1               2            46
   21    352           1               5            41
   23    384           1               1            41
   24    400           3              86            34
   25    416           1               2            37
   26    432           1               2            35
   27    448           1               2            34
   28    464           1               5            30
   29    480           1               5            29
   30    496           1               1            31
   31    512           1              14            17

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =              871,360
# bytes in available blocks        =              380,672
49 unused pools * 16384 bytes      =              802,816
# bytes lost to pool headers       =                3,696
# bytes lost to quantization       =                5,840
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           2             593           427
    2     48           5            1479           221
    3     64          14            3306           264
    4     80          15            2995            65
    5     96           1             145            25
    6    112           1              39           106
    7    128           2             239            15
    8    144           1              10           103
    9    160           7             630            84
   10    176           1              12            80
   11    192           1              12            73
   12    208           2             109            47
   13    224           2              90            54
   14    240           1              13            55
   15    256           1              19            44
   16    272           1              21            39
   17    288           1               5            51
   18    304           1               4            49
   19    320           1               2            49
   20    336           1               2            46
   21    352           1               5            41
   23    384           1               1            41
   24    400           3              86            34
   25    416           1               2            37
   26    432           1               2            35
   27    448           1               2            34
   28    464           1               5            30
   29    480           1               5            29
   30    496           1               1            31
   31    512           1              14            17

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =              809,152
# bytes in available blocks        =              393,920
52 unused pools * 16384 bytes      =              851,968
# bytes lost to pool headers       =                3,552
# bytes lost to quantization       =                5,792
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
         100 free PyFloatObjects * 24 bytes each =                2,400
           80 free PyListObjects * 40 bytes each =                3,200
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
`;

const CAPTURE_3_13 = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           2             594           426
    2     48           9            2908           152
    3     64          21            5209           146
    4     80          18            3658            14
    5     96           3             415            95
    6    112           2             210            80
    7    128           3             336            45
    8    144           1              55            58
    9    160           7             711             3
   10    176           1              55            37
   11    192           1              43            42
   12    208           3             173            61
   13    224           3             169            47
   14    240           2              84            52
   15    256           2             100            26
   16    272           2              73            47
   17    288           2              60            52
   18    304           1              44             9
   19    320           2              61            41
   20    336           1              33            15
   21    352           1              31            15
   22    368           1              28            16
   23    384           1              18            24
   24    400           4             124            36
   25    416           1              14            25
   26    432           1              15            22
   27    448           1              13            23
   28    464           1              16            19
   29    480           1              14            20
   30    496           1              11            21
   31    512           1              18            13

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =            1,356,432
# bytes in available blocks        =              286,016
25 unused pools * 16384 bytes      =              409,600
# bytes lost to pool headers       =                4,848
# bytes lost to quantization       =                7,488
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
        0 free PyDictKeysObjects * 32 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           2             794           226
    2     48           9            2908           152
    3     64          25            6211           164
    4     80          18            3658            14
    5     96           3             415            95
    6    112           2             210            80
    7    128           3             336            45
    8    144           1              55            58
    9    160           7             711             3
   10    176           1              55            37
   11    192           1              43            42
   12    208           3             173            61
   13    224           3             169            47
   14    240           2              84            52
   15    256           2             100            26
   16    272           2              73            47
   17    288           2              60            52
   18    304           1              44             9
   19    320           2              61            41
   20    336           1              33            15
   21    352           1              31            15
   22    368           1              28            16
   23    384           1              18            24
   24    400           4             124            36
   25    416           1              14            25
   26    432           1              15            22
   27    448           1              13            23
   28    464           1              16            19
   29    480           1              14            20
   30    496           1              11            21
   31    512           1              18            13

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =            1,426,960
# bytes in available blocks        =              280,768
21 unused pools * 16384 bytes      =              344,064
# bytes lost to pool headers       =                5,040
# bytes lost to quantization       =                7,552
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
        0 free PyDictKeysObjects * 32 bytes each =                    0
           0 free PyFloatObjects * 24 bytes each =                    0
            0 free PyListObjects * 40 bytes each =                    0
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1              28           993
    1     32           2             694           326
    2     48           9            2908           152
    3     64          22            5289           321
    4     80          18            3658            14
    5     96           3             415            95
    6    112           2             210            80
    7    128           3             336            45
    8    144           1              55            58
    9    160           7             711             3
   10    176           1              55            37
   11    192           1              43            42
   12    208           3             173            61
   13    224           3             169            47
   14    240           2              84            52
   15    256           2             100            26
   16    272           2              73            47
   17    288           2              60            52
   18    304           1              44             9
   19    320           2              61            41
   20    336           1              33            15
   21    352           1              31            15
   22    368           1              28            16
   23    384           1              18            24
   24    400           4             124            36
   25    416           1              14            25
   26    432           1              15            22
   27    448           1              13            23
   28    464           1              16            19
   29    480           1              14            20
   30    496           1              11            21
   31    512           1              18            13

# arenas allocated total           =                    2
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    2
# arenas allocated current         =                    2
2 arenas * 1048576 bytes/arena     =            2,097,152

# bytes in allocated blocks        =            1,364,752
# bytes in available blocks        =              294,016
24 unused pools * 16384 bytes      =              393,216
# bytes lost to pool headers       =                4,896
# bytes lost to quantization       =                7,504
# bytes lost to arena alignment    =               32,768
Total                              =            2,097,152

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360

            0 free PyDictObjects * 48 bytes each =                    0
        0 free PyDictKeysObjects * 32 bytes each =                    0
         100 free PyFloatObjects * 24 bytes each =                2,400
           80 free PyListObjects * 40 bytes each =                3,200
   0 free 1-sized PyTupleObjects * 32 bytes each =                    0
   0 free 2-sized PyTupleObjects * 40 bytes each =                    0
   0 free 3-sized PyTupleObjects * 48 bytes each =                    0
   0 free 4-sized PyTupleObjects * 56 bytes each =                    0
   0 free 5-sized PyTupleObjects * 64 bytes each =                    0
   0 free 6-sized PyTupleObjects * 72 bytes each =                    0
   0 free 7-sized PyTupleObjects * 80 bytes each =                    0
   0 free 8-sized PyTupleObjects * 88 bytes each =                    0
   0 free 9-sized PyTupleObjects * 96 bytes each =                    0
 0 free 10-sized PyTupleObjects * 104 bytes each =                    0
 0 free 11-sized PyTupleObjects * 112 bytes each =                    0
 0 free 12-sized PyTupleObjects * 120 bytes each =                    0
 0 free 13-sized PyTupleObjects * 128 bytes each =                    0
 0 free 14-sized PyTupleObjects * 136 bytes each =                    0
 0 free 15-sized PyTupleObjects * 144 bytes each =                    0
 0 free 16-sized PyTupleObjects * 152 bytes each =                    0
 0 free 17-sized PyTupleObjects * 160 bytes each =                    0
 0 free 18-sized PyTupleObjects * 168 bytes each =                    0
 0 free 19-sized PyTupleObjects * 176 bytes each =                    0
 0 free 20-sized PyTupleObjects * 184 bytes each =                    0
`;

const CAPTURES = { '3.11': CAPTURE_3_11, '3.12': CAPTURE_3_12, '3.13': CAPTURE_3_13 } as const;

describe('splitMallocStatsReports', () => {
  it('finds the three reports in each capture and nothing else', () => {
    for (const text of Object.values(CAPTURES)) {
      const { reports, rest } = splitMallocStatsReports(text);
      expect(reports).toHaveLength(3);
      for (const r of reports) expect(r.startsWith('Small block threshold = 512, in 32 size classes.')).toBe(true);
      expect(rest.trim()).toBe('');
    }
  });

  it('keeps other stderr output (e.g. a traceback) apart from the reports', () => {
    const [first, second] = splitMallocStatsReports(CAPTURE_3_12).reports;
    const stderr = `${first}\nwarning: something\n${second}\nTraceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: boom\n`;
    const { reports, rest } = splitMallocStatsReports(stderr);
    expect(reports).toEqual([first, second]);
    expect(rest).toBe('warning: something\nTraceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: boom\n');
  });
});

describe('parseMallocStats', () => {
  const report = splitMallocStatsReports(CAPTURE_3_12).reports[0];
  const stats = parseMallocStats(report);

  it('reads the header and the size-class table', () => {
    expect(stats.smallBlockThreshold).toBe(512);
    expect(stats.numSizeClasses).toBe(32);
    expect(stats.sizeClasses).toHaveLength(31);
    expect(stats.sizeClasses[0]).toEqual({ index: 0, size: 16, pools: 1, inUse: 28, avail: 993 });
    expect(stats.sizeClasses[1]).toEqual({ index: 1, size: 32, pools: 1, inUse: 493, avail: 17 });
    expect(stats.sizeClasses[30]).toEqual({ index: 31, size: 512, pools: 1, inUse: 14, avail: 17 });
  });

  it('satisfies inUse + avail = pools * blocks per pool for every class, in every capture', () => {
    for (const text of Object.values(CAPTURES))
      for (const r of splitMallocStatsReports(text).reports)
        for (const c of parseMallocStats(r).sizeClasses) {
          expect(c.size).toBe((c.index + 1) * 16);
          expect(c.inUse + c.avail).toBe(c.pools * Math.floor((16384 - 48) / c.size));
        }
  });

  it('reads the arena lines and the byte accounting', () => {
    expect(stats.arenas).toEqual({ allocatedTotal: 2, reclaimed: 0, highwaterMark: 2, allocatedCurrent: 2, arenaSize: 1048576, bytes: 2097152 });
    expect(stats.bytes).toEqual({
      allocatedBlocks: 800832,
      availableBlocks: 369600,
      unusedPools: 884736,
      unusedPoolCount: 54,
      poolSize: 16384,
      poolHeaders: 3456,
      quantization: 5760,
      arenaAlignment: 32768,
      total: 2097152,
    });
    const b = stats.bytes;
    expect(b.allocatedBlocks + b.availableBlocks + b.unusedPools + b.poolHeaders + b.quantization + b.arenaAlignment).toBe(b.total);
    expect(stats.arenaMap).toEqual({
      'arena map mid nodes': 1,
      'arena map bot nodes': 1,
      'bytes lost to arena map root': 262144,
      'bytes lost to arena map mid': 262144,
      'bytes lost to arena map bot': 131072,
      total: 655360,
    });
  });

  it('reads the freelist lines (all empty right after gc.collect())', () => {
    const names = stats.freelists.map((f) => f.name);
    expect(names.slice(0, 4)).toEqual(['PyDictObjects', 'PyFloatObjects', 'PyListObjects', '1-sized PyTupleObjects']);
    expect(names).toContain('20-sized PyTupleObjects');
    expect(stats.freelists).toHaveLength(23);
    expect(stats.freelists.every((f) => f.count === 0 && f.bytes === 0)).toBe(true);
    expect(stats.freelists.find((f) => f.name === 'PyListObjects')).toEqual({ name: 'PyListObjects', count: 0, each: 40, bytes: 0 });
    expect(stats.freelists.find((f) => f.name === '3-sized PyTupleObjects')?.each).toBe(48);
  });

  it('sees the dict-keys freelist that only 3.13 reports', () => {
    const fl = (v: keyof typeof CAPTURES) => parseMallocStats(splitMallocStatsReports(CAPTURES[v]).reports[0]).freelists.map((f) => f.name);
    expect(fl('3.11')).not.toContain('PyDictKeysObjects');
    expect(fl('3.12')).not.toContain('PyDictKeysObjects');
    expect(fl('3.13')).toContain('PyDictKeysObjects');
  });

  it('rejects text that is not a report', () => {
    expect(() => parseMallocStats('hello\n')).toThrow(/not a _debugmallocstats report/);
    expect(() => parseMallocStats(`${splitMallocStatsReports(CAPTURE_3_12).reports[0]}\nsomething odd = x`)).toThrow(/unrecognised line/);
  });
});

describe('mallocStatsDeltas', () => {
  it('gives the same blocks-in-use and freelist deltas on every version', () => {
    for (const [version, text] of Object.entries(CAPTURES)) {
      const deltas = mallocStatsDeltas(text);
      expect(deltas, version).toHaveLength(2);
      const inUse = deltas.map((d) => Object.fromEntries(d.sizeClasses.filter((c) => c.inUse).map((c) => [c.size, c.inUse])));
      expect(inUse, version).toEqual([{ 32: 200, 64: 1002 }, { 32: -100, 64: -922 }]);
      expect(deltas[0].freelists, version).toEqual([]);
      expect(deltas[1].freelists, version).toEqual([
        { name: 'PyFloatObjects', each: 24, count: 100 },
        { name: 'PyListObjects', each: 40, count: 80 },
      ]);
    }
  });

  it('keeps pools + avail consistent with blocks in use within each class', () => {
    for (const text of Object.values(CAPTURES))
      for (const d of mallocStatsDeltas(text))
        for (const c of d.sizeClasses) expect(c.inUse + c.avail).toBe(c.pools * Math.floor((16384 - 48) / c.size));
  });

  it('drops classes and freelists that did not change', () => {
    const r = splitMallocStatsReports(CAPTURE_3_13).reports[1];
    expect(mallocStatsDeltas(`${r}\n${r}\n`)).toEqual([
      { sizeClasses: [], freelists: [], arenas: { allocatedTotal: 0, reclaimed: 0, highwaterMark: 0, allocatedCurrent: 0, arenaSize: 0, bytes: 0 } },
    ]);
  });

  it('treats a size class missing from one report as zero pools', () => {
    const [a] = splitMallocStatsReports(CAPTURE_3_12).reports.map(parseMallocStats);
    const without = { ...a, sizeClasses: a.sizeClasses.filter((c) => c.size !== 512) };
    const d = diffMallocStats(without, a);
    expect(d.sizeClasses).toEqual([{ index: 31, size: 512, pools: 1, inUse: 14, avail: 17 }]);
    expect(diffMallocStats(a, without).sizeClasses).toEqual([{ index: 31, size: 512, pools: -1, inUse: -14, avail: -17 }]);
  });

  it('returns no deltas for fewer than two reports', () => {
    expect(mallocStatsDeltas('')).toEqual([]);
    expect(mallocStatsDeltas(splitMallocStatsReports(CAPTURE_3_11).reports[0])).toEqual([]);
  });
});

describe('formatMallocStatsDeltas', () => {
  it('prints only blocks in use and freelists by default, identically on every version', () => {
    const expected = [
      '2 delta(s)',
      'delta 1: size 32 in use +200',
      'delta 1: size 64 in use +1002',
      'delta 2: size 32 in use -100',
      'delta 2: size 64 in use -922',
      'delta 2: free PyFloatObjects +100',
      'delta 2: free PyListObjects +80',
      '',
    ].join('\n');
    for (const text of Object.values(CAPTURES)) expect(formatMallocStatsDeltas(mallocStatsDeltas(text))).toBe(expected);
  });

  it('can include pools, avail and arenas', () => {
    const out = formatMallocStatsDeltas(mallocStatsDeltas(CAPTURE_3_12), { pools: true, arenas: true });
    expect(out).toMatch(/^delta 1: size 64 in use \+1002, pools \+\d+, avail [+-]\d+$/m);
  });

  it('says "no change" for an empty delta', () => {
    const r = splitMallocStatsReports(CAPTURE_3_11).reports[2];
    expect(formatMallocStatsDeltas(mallocStatsDeltas(`${r}\n${r}`))).toBe('1 delta(s)\ndelta 1: no change\n');
  });
});
